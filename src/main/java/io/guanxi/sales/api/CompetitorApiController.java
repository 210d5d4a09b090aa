package io.guanxi.sales.api;

import java.net.URI;
import java.util.List;

import io.guanxi.platform.ETags;
import io.guanxi.sales.CompetitorView;
import io.guanxi.sales.Competitors;
import io.guanxi.sales.SaveCompetitor;
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

/** Competitors on a deal, with their strengths and weaknesses. */
@RestController
@RequestMapping("/api/v1/opportunities/{id}/competitors")
@Tag(name = "Opportunities")
class CompetitorApiController {

	private final Competitors competitors;

	CompetitorApiController(Competitors competitors) {
		this.competitors = competitors;
	}

	@GetMapping
	@Operation(summary = "The deal's competitors in the order they were recorded")
	List<CompetitorView> list(@PathVariable long id) {
		return competitors.of(id);
	}

	@PostMapping
	@Operation(summary = "Record a competitor; one recorded meets a COMPETITOR control point",
			description = "Idempotency-Key makes retries safe.")
	ResponseEntity<CompetitorView> add(@PathVariable long id, @Valid @RequestBody SaveCompetitor command) {
		CompetitorView added = competitors.add(id, command);
		return ResponseEntity.created(URI.create("/api/v1/opportunities/" + id + "/competitors/" + added.id()))
			.eTag(ETags.of(added.version()))
			.body(added);
	}

	@GetMapping("/{competitorId}")
	@Operation(summary = "One competitor; its ETag is needed to change it")
	ResponseEntity<CompetitorView> get(@PathVariable long id, @PathVariable long competitorId) {
		CompetitorView competitor = competitors.get(id, competitorId);
		return ResponseEntity.ok().eTag(ETags.of(competitor.version())).body(competitor);
	}

	@PutMapping("/{competitorId}")
	@Operation(summary = "Change a competitor's name, strengths and weaknesses. If-Match required")
	ResponseEntity<CompetitorView> update(@PathVariable long id, @PathVariable long competitorId,
			@Valid @RequestBody SaveCompetitor command,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		CompetitorView changed = competitors.update(id, competitorId, command, ETags.requireVersion(ifMatch));
		return ResponseEntity.ok().eTag(ETags.of(changed.version())).body(changed);
	}

	@DeleteMapping("/{competitorId}")
	@Operation(summary = "Delete a competitor. If-Match required")
	ResponseEntity<Void> delete(@PathVariable long id, @PathVariable long competitorId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		competitors.delete(id, competitorId, ETags.requireVersion(ifMatch));
		return ResponseEntity.noContent().build();
	}

}
