package io.guanxi.sales.web;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

import io.guanxi.platform.BusinessRuleException;
import org.springframework.context.MessageSource;

/**
 * A refused action in the user's words: the broken rule and, for a stage move, each
 * missing control point. Kept as text so that it survives a redirect.
 */
public record Refusal(String message, List<String> reasons) implements Serializable {

	public Refusal {
		reasons = List.copyOf(reasons);
	}

	static Refusal of(BusinessRuleException ex, MessageSource messages, Locale locale) {
		return new Refusal(messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale),
				ex.reasons().stream().map(reason -> messages.getMessage(reason, locale)).toList());
	}

	static Refusal stale(MessageSource messages, Locale locale) {
		return new Refusal(messages.getMessage("platform.error.stale", null, locale), List.of());
	}

}
