package io.guanxi.sales.task;

import java.util.LinkedHashMap;
import java.util.Map;

import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.StaleVersionException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Puts a refused task change on its form: each broken rule on the field it is about, in
 * the user's language.
 */
@Component
class TaskErrors {

	private static final Map<String, String> FIELDS = Map.of("sales.tasks.error.titleRequired", "title",
			"sales.tasks.error.dueRequired", "dueDate", "sales.tasks.error.reminderAfterDue", "remindDate",
			"sales.tasks.error.assignee", "assigneeId", "sales.tasks.error.assigneeAccess", "assigneeId");

	private final MessageSource messages;

	TaskErrors(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * Runs the change; a refusal lands in {@code errors}. Returns whether it went
	 * through.
	 */
	boolean attempt(BindingResult errors, Runnable change) {
		if (errors.hasErrors()) {
			return false;
		}
		try {
			change.run();
			return true;
		}
		catch (BusinessRuleException ex) {
			String field = FIELDS.get(ex.messageKey());
			if (field == null) {
				ex.rejectOn(errors);
			}
			else {
				errors.rejectValue(field, ex.messageKey(), ex.arguments(), ex.messageKey());
			}
		}
		catch (StaleVersionException ex) {
			errors.reject("platform.error.stale");
		}
		return false;
	}

	/** The errors as messages by field; {@code ""} holds the form-level ones. */
	Map<String, String> messages(BindingResult errors) {
		Map<String, String> found = new LinkedHashMap<>();
		for (ObjectError error : errors.getAllErrors()) {
			String field = error instanceof FieldError fieldError ? fieldError.getField() : "";
			found.putIfAbsent(field, messages.getMessage(error, LocaleContextHolder.getLocale()));
		}
		return found;
	}

	/** One message for a refusal outside a form (ticking a task off). */
	String message(RuntimeException ex) {
		if (ex instanceof BusinessRuleException rule) {
			return messages.getMessage(rule.messageKey(), rule.arguments(), rule.messageKey(),
					LocaleContextHolder.getLocale());
		}
		return messages.getMessage("platform.error.stale", null, LocaleContextHolder.getLocale());
	}

}
