package io.guanxi.customer;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A phone number that {@link PhoneNumbers} can read (in the configured default region
 * unless it carries a country code); blank values pass.
 */
@Documented
@Constraint(validatedBy = ValidPhoneValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidPhone {

	String message() default "{customer.contact.error.phone}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
