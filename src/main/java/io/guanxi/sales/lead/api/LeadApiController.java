package io.guanxi.sales.lead.api;

import java.net.URI;
import java.util.List;

import io.guanxi.platform.ETags;
import io.guanxi.platform.HistoryEntry;
import io.guanxi.sales.LeadDetails;
import io.guanxi.sales.LeadDisqualifyReason;
import io.guanxi.sales.LeadFilter;
import io.guanxi.sales.LeadSource;
import io.guanxi.sales.LeadSummary;
import io.guanxi.sales.Leads;
import io.guanxi.sales.SaveLead;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/leads")
@Tag(name = "Leads", description = "Leads (线索): capture, work, qualify, disqualify and convert")
class LeadApiController {

	private final Leads leads;

	LeadApiController(Leads leads) {
		this.leads = leads;
	}

	@GetMapping
	@Operation(summary = "The leads the caller may see, filtered",
			description = "q: part of the name, company or e-mail; status, owner (user id), source. "
					+ "sort: createdAt (default, newest first), score, name, company, status, city. "
					+ "Totals are counted up to 10,000; pages beyond are refused with 409.")
	PagedModel<LeadSummary> list(@ParameterObject @ModelAttribute LeadFilter filter,
			@ParameterObject @PageableDefault(size = 25, sort = "createdAt",
					direction = Sort.Direction.DESC) Pageable pageable) {
		return new PagedModel<>(leads.list(filter, pageable));
	}

	@PostMapping
	@Operation(summary = "Capture a lead",
			description = "Without ownerId the assignment rules choose the owner (then the default owner, then the "
					+ "caller). Without source the lead counts as API. A retry with the same Idempotency-Key "
					+ "answers the first response instead of capturing the lead twice.")
	ResponseEntity<LeadDetails> create(@Valid @RequestBody SaveLead body) {
		LeadDetails lead = leads.create(body.source() == null ? body.from(LeadSource.API) : body);
		return ResponseEntity.created(URI.create("/api/v1/leads/" + lead.id()))
			.eTag(ETags.of(lead.version()))
			.body(lead);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One lead with its score and the reasons; its ETag is needed to change it")
	ResponseEntity<LeadDetails> get(@PathVariable long id) {
		return withETag(leads.get(id));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change every field of a lead (If-Match required); an empty ownerId keeps the owner")
	ResponseEntity<LeadDetails> update(@PathVariable long id, @Valid @RequestBody SaveLead body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return withETag(leads.update(id, body, ETags.requireVersion(ifMatch)));
	}

	@PostMapping("/{id}/work")
	@Operation(summary = "Start working on the lead, or reopen a qualified or disqualified one (If-Match required)")
	ResponseEntity<LeadDetails> work(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return withETag(leads.work(id, ETags.requireVersion(ifMatch)));
	}

	@PostMapping("/{id}/qualify")
	@Operation(summary = "Qualify a new or working lead (If-Match required)")
	ResponseEntity<LeadDetails> qualify(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return withETag(leads.qualify(id, ETags.requireVersion(ifMatch)));
	}

	@PostMapping("/{id}/disqualify")
	@Operation(summary = "Disqualify a lead with a reason (If-Match required)")
	ResponseEntity<LeadDetails> disqualify(@PathVariable long id, @Valid @RequestBody Disqualification body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return withETag(leads.disqualify(id, body.reason(), body.note(), ETags.requireVersion(ifMatch)));
	}

	@GetMapping("/{id}/history")
	@Operation(summary = "Who changed what on the lead, newest first")
	List<HistoryEntry> history(@PathVariable long id) {
		return leads.history(id);
	}

	private static ResponseEntity<LeadDetails> withETag(LeadDetails lead) {
		return ResponseEntity.ok().eTag(ETags.of(lead.version())).body(lead);
	}

	/** Why the lead is not worth pursuing. */
	record Disqualification(@NotNull LeadDisqualifyReason reason, @Nullable @Size(max = 500) String note) {
	}

}
