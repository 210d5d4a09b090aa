package io.guanxi.sales.ui;

import java.util.Optional;
import java.util.function.Supplier;

import io.guanxi.platform.AccessDeniedProblem;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.StaleVersionException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How the sales pages report the outcome of an action: a refused rule or a stale version
 * becomes a form error, or, after a redirect, a flash message ({@code refused}) in the
 * user's language; success a flash flag ({@code done}).
 */
@Component
public class Outcomes {

	private final MessageSource messages;

	Outcomes(MessageSource messages) {
		this.messages = messages;
	}

	/** Runs the action; a refusal is put on the form. Returns whether it succeeded. */
	public boolean onForm(BindingResult errors, Runnable action) {
		return attempt(errors, () -> {
			action.run();
			return true;
		}).isPresent();
	}

	/** Runs the action for its result; a refusal is put on the form (and it is empty). */
	public <T> Optional<T> attempt(BindingResult errors, Supplier<T> action) {
		try {
			return Optional.of(action.get());
		}
		catch (BusinessRuleException ex) {
			ex.rejectOn(errors);
		}
		catch (StaleVersionException ex) {
			errors.reject("platform.error.stale");
		}
		return Optional.empty();
	}

	/**
	 * Runs the action before a redirect: {@code done} names what happened (a message
	 * key), a refusal goes to {@code refused}. Returns whether it succeeded.
	 */
	public boolean flash(RedirectAttributes redirect, String done, Runnable action) {
		return flashResult(redirect, done, () -> {
			action.run();
			return true;
		}).isPresent();
	}

	/**
	 * As {@link #flash(RedirectAttributes, String, Runnable)}, for the action's result.
	 */
	public <T> Optional<T> flashResult(RedirectAttributes redirect, String done, Supplier<T> action) {
		try {
			T result = action.get();
			redirect.addFlashAttribute("done", done);
			return Optional.of(result);
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("refused", message(ex.messageKey(), ex.arguments()));
		}
		catch (StaleVersionException ex) {
			redirect.addFlashAttribute("refused", message("platform.error.stale"));
		}
		catch (AccessDeniedProblem ex) {
			redirect.addFlashAttribute("refused", message("platform.error.forbidden"));
		}
		return Optional.empty();
	}

	/** The first error of a refused form, to show after a redirect. */
	public String firstError(BindingResult errors) {
		return errors.getAllErrors()
			.stream()
			.findFirst()
			.map(error -> messages.getMessage(error, LocaleContextHolder.getLocale()))
			.orElse("");
	}

	/** A message in the user's language. */
	public String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

}
