package io.guanxi.platform;

import org.springframework.validation.Errors;

/**
 * A request that is well-formed but breaks a business rule (HTTP 409 on the API, a form
 * error in the UI). The message key is resolved in the user's language.
 */
public class BusinessRuleException extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	public BusinessRuleException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	/** Shows the broken rule as a form-level error, in the user's language. */
	public void rejectOn(Errors errors) {
		errors.reject(messageKey, arguments.clone(), messageKey);
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}
