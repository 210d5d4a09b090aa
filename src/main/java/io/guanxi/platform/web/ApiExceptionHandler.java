package io.guanxi.platform.web;

import java.util.List;
import java.util.Map;

import io.guanxi.platform.AccessDeniedProblem;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.platform.StaleVersionException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every API error as RFC 9457 problem details, validation errors listing each field. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	ApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ex.getBody();
		problem.setDetail("The request has invalid fields");
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> Map.of("field", error.getField(), "message", message(error)))
			.toList();
		problem.setProperty("errors", errors);
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	@ExceptionHandler
	ProblemDetail on(RecordNotFoundException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail on(StaleVersionException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED, ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail on(ObjectOptimisticLockingFailureException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED,
				"Somebody changed the record at the same time: reload it and apply the change again");
	}

	@ExceptionHandler
	ProblemDetail on(BusinessRuleException ex) {
		String detail = messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(),
				LocaleContextHolder.getLocale());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
		if (!ex.reasons().isEmpty()) {
			problem.setProperty("reasons",
					ex.reasons()
						.stream()
						.map(reason -> messages.getMessage(reason, LocaleContextHolder.getLocale()))
						.toList());
		}
		return problem;
	}

	@ExceptionHandler
	ProblemDetail on(AccessDeniedProblem ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail on(DataIntegrityViolationException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"The change conflicts with existing data (a duplicate or a record still in use)");
	}

	private String message(FieldError error) {
		return messages.getMessage(error, LocaleContextHolder.getLocale());
	}

}
