package io.guanxi.customer;

import java.util.List;

import io.guanxi.platform.BusinessRuleException;
import org.springframework.validation.Errors;

/**
 * Values or definitions of custom fields that cannot be saved, all of them at once: each
 * problem names the field (a custom field's code, or a definition's property) and a
 * message key, resolved in the user's language. The API answers 400 with
 * {@code errors[].field} and {@code errors[].message}; forms show each next to its input.
 */
public class CustomFieldErrors extends BusinessRuleException {

	private final List<Problem> problems;

	public CustomFieldErrors(List<Problem> problems) {
		super("customer.field.error.invalid");
		this.problems = List.copyOf(problems);
	}

	public static CustomFieldErrors of(String field, String messageKey, Object... arguments) {
		return new CustomFieldErrors(List.of(new Problem(field, messageKey, arguments)));
	}

	public List<Problem> problems() {
		return problems;
	}

	/** Shows each problem on the form field of the same name. */
	public void rejectOn(Errors errors, String fieldPrefix) {
		problems.forEach(problem -> errors.rejectValue(fieldPrefix + problem.field(), problem.messageKey(),
				problem.arguments(), problem.messageKey()));
	}

	/** One field that cannot be saved, and why. */
	public record Problem(String field, String messageKey, Object[] arguments) {

		public Problem {
			arguments = arguments.clone();
		}

	}

}
