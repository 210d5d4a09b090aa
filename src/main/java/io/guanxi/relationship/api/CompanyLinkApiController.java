package io.guanxi.relationship.api;

import java.net.URI;
import java.util.List;

import io.guanxi.platform.ETags;
import io.guanxi.relationship.CompanyLinkView;
import io.guanxi.relationship.CompanyLinks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Company links", description = "Typed, directed, dated links between accounts")
class CompanyLinkApiController {

	private final CompanyLinks links;

	CompanyLinkApiController(CompanyLinks links) {
		this.links = links;
	}

	@GetMapping("/accounts/{accountId}/company-links")
	@Operation(summary = "The account's links, both ways, to accounts the caller may read")
	List<CompanyLinkView> list(@PathVariable long accountId) {
		return links.of(accountId);
	}

	@PostMapping("/accounts/{accountId}/company-links")
	@Operation(summary = "Link the account to another",
			description = "A link reads \"from is the <kind> of to\" (PARENT: from is the parent of to; GROUP_MEMBER: "
					+ "from belongs to the group of to; SHAREHOLDER: from holds sharePercent of to). Name the other "
					+ "account as fromAccountId or toAccountId. sharePercent only for SHAREHOLDER. A parent, group or "
					+ "majority-shareholder link that would make a company its own ancestor is refused with 409.")
	ResponseEntity<CompanyLinkView> create(@PathVariable long accountId, @Valid @RequestBody CompanyLinkBody body) {
		CompanyLinkView link = links.create(body.at(accountId));
		return ResponseEntity.created(URI.create("/api/v1/company-links/" + link.id()))
			.eTag(ETags.of(link.version()))
			.body(link);
	}

	@GetMapping("/company-links/{id}")
	@Operation(summary = "One link; its ETag is needed to change it")
	ResponseEntity<CompanyLinkView> get(@PathVariable long id) {
		CompanyLinkView link = links.get(id);
		return ResponseEntity.ok().eTag(ETags.of(link.version())).body(link);
	}

	@PutMapping("/company-links/{id}")
	@Operation(summary = "Change the kind, share, dates and note; the two accounts stay. If-Match is required",
			description = "Set validTo to end a link and keep it as history.")
	ResponseEntity<CompanyLinkView> update(@PathVariable long id, @Valid @RequestBody CompanyLinkBody body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		long version = ETags.requireVersion(ifMatch);
		CompanyLinkView current = links.get(id);
		CompanyLinkView link = links.update(id, body.between(current.fromAccountId(), current.toAccountId()), version);
		return ResponseEntity.ok().eTag(ETags.of(link.version())).body(link);
	}

	@DeleteMapping("/company-links/{id}")
	@Operation(summary = "Delete a link recorded by mistake (end it instead to keep its history); If-Match required")
	ResponseEntity<Void> delete(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		links.delete(id, ETags.requireVersion(ifMatch));
		return ResponseEntity.noContent().build();
	}

}
