package io.guanxi.customer.timeline;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A logged interaction happened, or is about to happen (a meeting later today): its time
 * may be at most one day ahead of now. Applies to {@code Instant} and, in the server's
 * zone, to {@code LocalDateTime}; empty values pass.
 */
@Documented
@Constraint(validatedBy = AtMostOneDayAheadValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface AtMostOneDayAhead {

	String message() default "{customer.timeline.error.future}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
