package io.guanxi.platform;

import java.util.List;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

/**
 * A request that is well-formed but breaks a business rule (HTTP 409 on the API, a form
 * error in the UI). The message key is resolved in the user's language. Where the rule
 * has several parts that fail (the control points of a stage), each is a
 * {@link #reasons() reason} of its own: the API lists them, a form shows each.
 */
public class BusinessRuleException extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	private final List<MessageSourceResolvable> reasons;

	public BusinessRuleException(String messageKey, Object... arguments) {
		this(List.of(), messageKey, arguments);
	}

	public BusinessRuleException(List<? extends MessageSourceResolvable> reasons, String messageKey,
			Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
		this.reasons = List.copyOf(reasons);
	}

	/** Shows the broken rule, then each reason, as form-level errors. */
	public void rejectOn(Errors errors) {
		errors.reject(messageKey, arguments.clone(), messageKey);
		reasons.forEach(reason -> errors.reject(code(reason), reason.getArguments(), code(reason)));
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

	/** The parts of the rule that failed, each a message key with its arguments. */
	public List<MessageSourceResolvable> reasons() {
		return reasons;
	}

	/** A reason for {@link #BusinessRuleException(List, String, Object...)}. */
	public static MessageSourceResolvable reason(String messageKey, Object... arguments) {
		return new DefaultMessageSourceResolvable(new String[] { messageKey }, arguments.clone(), messageKey);
	}

	private static String code(MessageSourceResolvable reason) {
		String[] codes = reason.getCodes();
		return codes == null || codes.length == 0 ? String.valueOf(reason.getDefaultMessage()) : codes[0];
	}

}
