package io.guanxi.sales.process;

import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.StaleVersionException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs an action posted from a page that redirects back to itself, and carries a refused
 * rule to the next page as the message {@code error}.
 */
@Component
class FlashMessages {

	private final MessageSource messages;

	FlashMessages(MessageSource messages) {
		this.messages = messages;
	}

	/** Whether the action succeeded. */
	boolean run(RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
			return true;
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("error", message(ex.messageKey(), ex.arguments()));
		}
		catch (StaleVersionException | OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("error", message("platform.error.stale", new Object[0]));
		}
		return false;
	}

	private String message(String key, Object[] arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

}
