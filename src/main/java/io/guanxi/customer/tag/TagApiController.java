package io.guanxi.customer.tag;

import java.net.URI;

import io.guanxi.customer.SaveTag;
import io.guanxi.customer.TagService;
import io.guanxi.customer.TagView;
import io.guanxi.platform.ETags;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.web.PagedModel;
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
@RequestMapping("/api/v1/tags")
@io.swagger.v3.oas.annotations.tags.Tag(name = "Tags", description = "Tags with colours for accounts and contacts")
class TagApiController {

	private final TagService tags;

	TagApiController(TagService tags) {
		this.tags = tags;
	}

	@GetMapping
	@Operation(summary = "All tags, by name (one page: there are few)")
	PagedModel<TagView> list() {
		return new PagedModel<>(new PageImpl<>(tags.list()));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One tag; its ETag is needed to change it")
	ResponseEntity<TagView> get(@PathVariable long id) {
		TagView tag = tags.get(id);
		return ResponseEntity.ok().eTag(ETags.of(tag.version())).body(tag);
	}

	@PostMapping
	@Operation(summary = "Create a tag (administrators and managers); colour as #rrggbb")
	ResponseEntity<TagView> create(@Valid @RequestBody SaveTag command) {
		TagView tag = tags.create(command);
		return ResponseEntity.created(URI.create("/api/v1/tags/" + tag.id())).eTag(ETags.of(tag.version())).body(tag);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Rename or recolour a tag; If-Match must carry its current ETag")
	ResponseEntity<TagView> update(@PathVariable long id, @Valid @RequestBody SaveTag command,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		TagView tag = tags.update(id, command, ETags.requireVersion(ifMatch));
		return ResponseEntity.ok().eTag(ETags.of(tag.version())).body(tag);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete a tag and take it off every record; If-Match must carry its current ETag")
	ResponseEntity<Void> delete(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		tags.delete(id, ETags.requireVersion(ifMatch));
		return ResponseEntity.noContent().build();
	}

}
