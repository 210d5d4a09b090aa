package io.guanxi.customer.timeline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link AtMostOneDayAhead} against the application's clock. */
class AtMostOneDayAheadValidator implements ConstraintValidator<AtMostOneDayAhead, Object> {

	static final Duration TOLERANCE = Duration.ofDays(1);

	private final Clock clock;

	AtMostOneDayAheadValidator(Clock clock) {
		this.clock = clock;
	}

	@Override
	public boolean isValid(@Nullable Object value, ConstraintValidatorContext context) {
		Instant at;
		if (value == null) {
			return true;
		}
		else if (value instanceof Instant instant) {
			at = instant;
		}
		else if (value instanceof LocalDateTime local) {
			at = local.atZone(ZoneId.systemDefault()).toInstant();
		}
		else {
			throw new IllegalArgumentException("@AtMostOneDayAhead does not apply to " + value.getClass());
		}
		return !at.isAfter(clock.instant().plus(TOLERANCE));
	}

}
