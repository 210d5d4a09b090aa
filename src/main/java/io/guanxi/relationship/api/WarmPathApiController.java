package io.guanxi.relationship.api;

import java.time.Instant;
import java.util.List;

import io.guanxi.relationship.WarmPath;
import io.guanxi.relationship.WarmPath.Node;
import io.guanxi.relationship.WarmPath.Step;
import io.guanxi.relationship.WarmPath.StepKind;
import io.guanxi.relationship.WarmPathResult;
import io.guanxi.relationship.WarmPaths;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Relationships", description = "The customer's own relationships: org charts, ties, warm paths")
class WarmPathApiController {

	private final WarmPaths warmPaths;

	private final MessageSource messages;

	WarmPathApiController(WarmPaths warmPaths, MessageSource messages) {
		this.warmPaths = warmPaths;
		this.messages = messages;
	}

	@GetMapping("/api/v1/contacts/{id}/warm-paths")
	@Operation(summary = "How do we reach this person? The warmest paths from any of our users to the contact",
			description = "Paths go through the contacts our users know (recorded ties, or meetings on the timeline), "
					+ "their ties to other people, colleagues (a position at the same account today), the accounts "
					+ "people work at and the links between accounts; never through a contact or account the caller "
					+ "may not read. Cheapest first: a step costs 6 - strength (1 to 5), plus 0 to 1 the longer ago "
					+ "the last meeting; colleagues 4.5, works at 2.5, company link 3.5. capped = true when only "
					+ "the strongest 50 ties of a very well connected person or company were followed. 404 when the "
					+ "caller may not read the contact.")
	WarmPathsResponse paths(@PathVariable long id,
			@Parameter(description = "2 to 4") @RequestParam(
					defaultValue = "4") @Min(WarmPaths.MIN_HOPS) @Max(WarmPaths.MAX_HOPS) int maxHops,
			@Parameter(description = "1 to 10") @RequestParam(
					defaultValue = "5") @Min(1) @Max(WarmPaths.MAX_LIMIT) int limit) {
		WarmPathResult result = warmPaths.find(id, maxHops, limit);
		return new WarmPathsResponse(result.contactId(), result.contactName(), result.maxHops(), result.capped(),
				result.paths().stream().map(this::path).toList());
	}

	private PathResponse path(WarmPath path) {
		return new PathResponse(path.cost(), path.nodes(), path.steps().stream().map(this::edge).toList());
	}

	private EdgeResponse edge(Step step) {
		String description = messages.getMessage(step.descriptionKey(), new Object[] { step.via() },
				step.descriptionKey(), LocaleContextHolder.getLocale());
		return new EdgeResponse(step.kind(), description == null ? step.descriptionKey() : description, step.relation(),
				step.strength(), step.lastInteraction(), step.recorded(), step.via(), step.cost());
	}

	/** The paths to a contact, best first. */
	record WarmPathsResponse(long contactId, String contactName, int maxHops, boolean capped,
			List<PathResponse> paths) {

	}

	/**
	 * {@code edges.get(i)} leads from {@code nodes.get(i)} to {@code nodes.get(i + 1)}.
	 */
	record PathResponse(double cost, List<Node> nodes, List<EdgeResponse> edges) {

	}

	/**
	 * One step: description reads "node i … node i + 1" in the caller's language;
	 * recorded = false for a user known to know the contact from the timeline alone.
	 */
	record EdgeResponse(StepKind kind, String description, @Nullable String relation, @Nullable Integer strength,
			@Nullable Instant lastInteraction, boolean recorded, @Nullable String via, double cost) {

	}

}
