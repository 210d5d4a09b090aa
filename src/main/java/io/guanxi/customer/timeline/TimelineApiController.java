package io.guanxi.customer.timeline;

import java.net.URI;
import java.util.List;

import io.guanxi.customer.LogInteraction;
import io.guanxi.customer.TimelineCursor;
import io.guanxi.customer.TimelineEntry;
import io.guanxi.customer.TimelineEntry.Channel;
import io.guanxi.customer.TimelinePage;
import io.guanxi.customer.TimelineService;
import io.guanxi.platform.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Timeline", description = "Interactions with customers across channels, newest first")
class TimelineApiController {

	private static final String CURSOR_HELP = "The `next` value of the previous page; leave out for the newest entries";

	private final TimelineService timeline;

	TimelineApiController(TimelineService timeline) {
		this.timeline = timeline;
	}

	@GetMapping("/accounts/{id}/timeline")
	@Operation(summary = "An account's timeline, newest first, keyset-paged: pass `next` as `before` for older entries")
	Entries forAccount(@PathVariable long id,
			@Parameter(description = CURSOR_HELP) @RequestParam(required = false) @Nullable String before,
			@RequestParam(defaultValue = "20") int limit, @RequestParam(required = false) @Nullable Channel channel) {
		return Entries.of(timeline.forAccount(id, channel, cursor(before), limit));
	}

	@GetMapping("/contacts/{id}/timeline")
	@Operation(
			summary = "The interactions a contact took part in, newest first, keyset-paged like the account timeline")
	Entries forContact(@PathVariable long id,
			@Parameter(description = CURSOR_HELP) @RequestParam(required = false) @Nullable String before,
			@RequestParam(defaultValue = "20") int limit, @RequestParam(required = false) @Nullable Channel channel) {
		return Entries.of(timeline.forContact(id, channel, cursor(before), limit));
	}

	@PostMapping("/interactions")
	@Operation(summary = "Log an interaction on an account and/or contacts; send Idempotency-Key to make retries safe")
	ResponseEntity<TimelineEntry> log(@Valid @RequestBody LogInteraction command) {
		TimelineEntry entry = timeline.log(command);
		return ResponseEntity.created(URI.create("/api/v1/interactions/" + entry.id()))
			.eTag(ETags.of(entry.version()))
			.body(entry);
	}

	@GetMapping("/interactions/{id}")
	@Operation(summary = "One interaction; its ETag is needed to change it")
	ResponseEntity<TimelineEntry> get(@PathVariable long id) {
		TimelineEntry entry = timeline.get(id);
		return ResponseEntity.ok().eTag(ETags.of(entry.version())).body(entry);
	}

	@PutMapping("/interactions/{id}")
	@Operation(summary = "Correct an interaction (author, their managers, admins); If-Match must carry its ETag")
	ResponseEntity<TimelineEntry> update(@PathVariable long id, @Valid @RequestBody LogInteraction command,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		TimelineEntry entry = timeline.update(id, command, ETags.requireVersion(ifMatch));
		return ResponseEntity.ok().eTag(ETags.of(entry.version())).body(entry);
	}

	@DeleteMapping("/interactions/{id}")
	@Operation(summary = "Delete an interaction (author, their managers, admins); If-Match must carry its ETag")
	ResponseEntity<Void> delete(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		timeline.delete(id, ETags.requireVersion(ifMatch));
		return ResponseEntity.noContent().build();
	}

	private static @Nullable TimelineCursor cursor(@Nullable String before) {
		if (before == null || before.isBlank()) {
			return null;
		}
		try {
			return TimelineCursor.parse(before);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "`before` is not a cursor from this API");
		}
	}

	/**
	 * A page of entries; {@code next} is the cursor of the following (older) page, null
	 * on the last one.
	 */
	record Entries(List<TimelineEntry> items, @Nullable String next) {

		static Entries of(TimelinePage page) {
			TimelineCursor next = page.next();
			return new Entries(page.items(), next == null ? null : next.encoded());
		}

	}

}
