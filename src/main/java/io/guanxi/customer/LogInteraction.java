package io.guanxi.customer;

import java.time.Instant;
import java.util.List;

import io.guanxi.customer.TimelineEntry.Channel;
import io.guanxi.customer.TimelineEntry.Direction;
import io.guanxi.customer.timeline.AtMostOneDayAhead;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * An interaction a user logs (or corrects): a call, meeting, visit, e-mail, message, web
 * visit or note on an account, on contacts, or both.
 *
 * @param accountId may be empty when contacts are given
 * @param occurredAt empty means now; at most a day ahead
 * @param contactIds the customer's people who took part
 * @param userIds our users who took part besides the author
 */
public record LogInteraction(@Nullable Long accountId,
		@NotNull(message = "{customer.timeline.error.channelRequired}") @Nullable Channel channel,
		@Nullable Direction direction,
		@NotBlank(message = "{customer.timeline.error.subjectRequired}") @Size(max = 300) @Nullable String subject,
		@Size(max = 4000) @Nullable String body, @Size(max = 300) @Nullable String outcome,
		@AtMostOneDayAhead @Nullable Instant occurredAt, @Min(0) @Max(10000) @Nullable Integer durationMinutes,
		@Nullable List<Long> contactIds, @Nullable List<Long> userIds) {

	public LogInteraction {
		contactIds = contactIds == null ? List.of() : List.copyOf(contactIds);
		userIds = userIds == null ? List.of() : List.copyOf(userIds);
	}

}
