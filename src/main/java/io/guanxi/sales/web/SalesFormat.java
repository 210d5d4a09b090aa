package io.guanxi.sales.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import io.guanxi.sales.StageView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Amounts as a sales team reads them, in templates as {@code ${@salesFormat.money(amount,
 * currency)}}: the currency's sign where it is unambiguous here (¥ is the yuan), digits
 * grouped, cents only when there are any.
 */
@Component("salesFormat")
public class SalesFormat {

	private final MessageSource messages;

	SalesFormat(MessageSource messages) {
		this.messages = messages;
	}

	private static final Map<String, String> SIGNS = Map.of("CNY", "¥", "USD", "US$", "EUR", "€", "GBP", "£", "HKD",
			"HK$", "JPY", "JP¥");

	public String money(@Nullable BigDecimal amount, @Nullable String currency) {
		if (amount == null) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		DecimalFormat format = new DecimalFormat(amount.stripTrailingZeros().scale() > 0 ? "#,##0.00" : "#,##0",
				DecimalFormatSymbols.getInstance(locale));
		format.setRoundingMode(RoundingMode.HALF_UP);
		String code = currency == null ? "" : currency;
		String sign = SIGNS.get(code);
		return sign != null ? sign + format.format(amount) : (code + " " + format.format(amount)).strip();
	}

	/**
	 * A stage's guidance in the user's language: the translation of the default process's
	 * text while an admin has not changed it, else what the admin wrote.
	 */
	public @Nullable String guidance(StageView stage) {
		String stored = stage.guidance();
		if (stored == null || stage.code() == null) {
			return stored;
		}
		String key = "sales.deal.guidance." + stage.code();
		String seeded = messages.getMessage(key, null, null, Locale.ENGLISH);
		return stored.equals(seeded) ? messages.getMessage(key, null, stored, LocaleContextHolder.getLocale()) : stored;
	}

	/** A file size in B, KB or MB, one decimal above a kilobyte. */
	public String size(long bytes) {
		if (bytes < 1024) {
			return bytes + " B";
		}
		double kilobytes = bytes / 1024.0;
		return kilobytes < 1024 ? String.format(Locale.ROOT, "%.1f KB", kilobytes)
				: String.format(Locale.ROOT, "%.1f MB", kilobytes / 1024);
	}

}
