package io.guanxi.customer;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link ValidPhone} with libphonenumber through the {@link PhoneNumbers} bean.
 */
class ValidPhoneValidator implements ConstraintValidator<ValidPhone, String> {

	private final PhoneNumbers phones;

	ValidPhoneValidator(PhoneNumbers phones) {
		this.phones = phones;
	}

	@Override
	public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
		return phones.isValid(value, null);
	}

}
