package io.guanxi.customer.field;

import java.util.List;
import java.util.Map;

import io.guanxi.customer.CustomFieldErrors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * {@link CustomFieldErrors} as a 400 problem that lists each field, the way platform
 * answers invalid request bodies.
 */
final class FieldProblems {

	private FieldProblems() {
	}

	static ProblemDetail of(CustomFieldErrors errors, MessageSource messages) {
		var locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage(errors.messageKey(), null, errors.messageKey(), locale));
		List<Map<String, String>> list = errors.problems()
			.stream()
			.map(error -> Map.of("field", error.field(), "message",
					messages.getMessage(error.messageKey(), error.arguments(), error.messageKey(), locale)))
			.toList();
		problem.setProperty("errors", list);
		return problem;
	}

}
