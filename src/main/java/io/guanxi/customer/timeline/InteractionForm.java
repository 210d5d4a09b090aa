package io.guanxi.customer.timeline;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.guanxi.customer.LogInteraction;
import io.guanxi.customer.TimelineEntry;
import io.guanxi.customer.TimelineEntry.Channel;
import io.guanxi.customer.TimelineEntry.Direction;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The log/edit form as the browser sends it; {@code when} is a local date-time in the
 * server's zone (the zone the pages show times in).
 */
public record InteractionForm(@NotNull(message = "{customer.timeline.error.channelRequired}") @Nullable Channel channel,
		@Nullable Direction direction,
		@NotBlank(message = "{customer.timeline.error.subjectRequired}") @Size(max = 300,
				message = "{customer.timeline.error.tooLong}") @Nullable String subject,
		@Size(max = 4000, message = "{customer.timeline.error.tooLong}") @Nullable String body,
		@Size(max = 300, message = "{customer.timeline.error.tooLong}") @Nullable String outcome,
		@AtMostOneDayAhead @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime when,
		@Min(value = 0, message = "{customer.timeline.error.duration}") @Max(value = 10000,
				message = "{customer.timeline.error.duration}") @Nullable Integer durationMinutes,
		@Nullable Long accountId, @Nullable List<Long> contactIds, @Nullable List<Long> userIds,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime suggestedWhen) {

	public InteractionForm {
		contactIds = contactIds == null ? List.of() : List.copyOf(contactIds);
		userIds = userIds == null ? List.of() : List.copyOf(userIds);
	}

	static InteractionForm blank(LocalDateTime now, @Nullable Long accountId, List<Long> contactIds) {
		LocalDateTime minute = now.truncatedTo(ChronoUnit.MINUTES);
		return new InteractionForm(Channel.CALL, Direction.OUTBOUND, "", "", "", minute, null, accountId, contactIds,
				List.of(), minute);
	}

	static InteractionForm of(TimelineEntry entry) {
		List<Long> contacts = entry.participants()
			.stream()
			.filter(p -> p.kind() == TimelineEntry.Participant.Kind.CONTACT)
			.map(TimelineEntry.Participant::id)
			.toList();
		List<Long> users = entry.participants()
			.stream()
			.filter(p -> p.kind() == TimelineEntry.Participant.Kind.USER)
			.map(TimelineEntry.Participant::id)
			.toList();
		return new InteractionForm(entry.channel(), entry.direction(), entry.subject(), entry.body(), entry.outcome(),
				LocalDateTime.ofInstant(entry.occurredAt(), ZoneId.systemDefault()), entry.durationMinutes(),
				entry.accountId(), contacts, users, null);
	}

	/**
	 * The command, with the account fixed when logging from an account's page. The form
	 * shows minutes only: the suggested time left as it was means now (the service's
	 * clock), so that an interaction logged just now sorts after everything before it; an
	 * unchanged time of a corrected interaction keeps its seconds.
	 */
	LogInteraction toCommand(@Nullable Long fixedAccountId, @Nullable Instant before) {
		Instant at = when == null ? null : when.atZone(ZoneId.systemDefault()).toInstant();
		if (at != null && before != null && at.equals(before.truncatedTo(ChronoUnit.MINUTES))) {
			at = before;
		}
		else if (when != null && when.equals(suggestedWhen)) {
			at = null;
		}
		return new LogInteraction(fixedAccountId != null ? fixedAccountId : accountId, channel, direction, subject,
				body, outcome, at, durationMinutes, contactIds, userIds);
	}

	public boolean hasContact(long contactId) {
		return contactIds.contains(contactId);
	}

	/** The value of the datetime-local input. */
	public String whenText() {
		return text(when);
	}

	public String suggestedWhenText() {
		return text(suggestedWhen);
	}

	private static String text(@Nullable LocalDateTime time) {
		return time == null ? "" : time.truncatedTo(ChronoUnit.MINUTES).toString();
	}

}
