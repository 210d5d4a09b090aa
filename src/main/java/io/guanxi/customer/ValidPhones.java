package io.guanxi.customer;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/**
 * The phone numbers of a command are valid in the command's own country (or, without one,
 * in the default region); each invalid number is reported on its own field.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidPhones.Validator.class)
public @interface ValidPhones {

	String message() default "{customer.phone.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** A command with phone numbers by field name. */
	interface Holder {

		Map<String, @Nullable String> phones();

		@Nullable String phoneRegion();

	}

	class Validator implements ConstraintValidator<ValidPhones, Holder> {

		private final PhoneNumbers phoneNumbers;

		public Validator(PhoneNumbers phoneNumbers) {
			this.phoneNumbers = phoneNumbers;
		}

		@Override
		public boolean isValid(@Nullable Holder holder, ConstraintValidatorContext context) {
			if (holder == null) {
				return true;
			}
			boolean valid = true;
			context.disableDefaultConstraintViolation();
			for (var phone : holder.phones().entrySet()) {
				if (!phoneNumbers.isValid(phone.getValue(), holder.phoneRegion())) {
					valid = false;
					context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
						.addPropertyNode(phone.getKey())
						.addConstraintViolation();
				}
			}
			return valid;
		}

	}

}
