package io.guanxi.sales.pipeline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Amounts as the pipeline pages show them, in the user's language: in full on a card
 * (¥1,250,000), and short in totals, where Chinese counts in 万 and 亿 (¥1,250万) and
 * English in K, M and B (CN¥1.25M). Templates call it as {@code @salesMoney}.
 */
@Component("salesMoney")
public class MoneyFormat {

	private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

	private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);

	private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);

	private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

	private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);

	private final Map<String, String> symbols = new ConcurrentHashMap<>();

	/** The amount with its currency symbol, without cents when there are none. */
	public String full(@Nullable BigDecimal amount, String currency) {
		if (amount == null) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		NumberFormat number = NumberFormat.getNumberInstance(locale);
		number.setMinimumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
		number.setMaximumFractionDigits(2);
		return symbol(currency, locale) + number.format(amount);
	}

	/** The amount rounded to three significant digits in the language's large units. */
	public String compact(@Nullable BigDecimal amount, String currency) {
		BigDecimal value = amount == null ? BigDecimal.ZERO : amount;
		Locale locale = LocaleContextHolder.getLocale();
		String symbol = symbol(currency, locale);
		if ("zh".equals(locale.getLanguage())) {
			if (value.abs().compareTo(HUNDRED_MILLION) >= 0) {
				return symbol + shortNumber(value.divide(HUNDRED_MILLION), locale) + "亿";
			}
			if (value.abs().compareTo(TEN_THOUSAND) >= 0) {
				return symbol + shortNumber(value.divide(TEN_THOUSAND), locale) + "万";
			}
			return symbol + shortNumber(value, locale);
		}
		if (value.abs().compareTo(BILLION) >= 0) {
			return symbol + shortNumber(value.divide(BILLION), locale) + "B";
		}
		if (value.abs().compareTo(MILLION) >= 0) {
			return symbol + shortNumber(value.divide(MILLION), locale) + "M";
		}
		if (value.abs().compareTo(THOUSAND) >= 0) {
			return symbol + shortNumber(value.divide(THOUSAND), locale) + "K";
		}
		return symbol + shortNumber(value, locale);
	}

	/** Up to three significant digits, never fewer than the whole number. */
	private static String shortNumber(BigDecimal value, Locale locale) {
		int digits = value.setScale(0, RoundingMode.DOWN).abs().toPlainString().length();
		int decimals = Math.max(0, 3 - digits);
		NumberFormat number = NumberFormat.getNumberInstance(locale);
		number.setMaximumFractionDigits(decimals);
		number.setMinimumFractionDigits(0);
		return number.format(value.setScale(decimals, RoundingMode.HALF_UP));
	}

	/** Looked up once per currency and language: a board shows hundreds of amounts. */
	private String symbol(String currency, Locale locale) {
		return symbols.computeIfAbsent(currency + "|" + locale.toLanguageTag(), key -> {
			try {
				return Currency.getInstance(currency).getSymbol(locale);
			}
			catch (IllegalArgumentException ex) {
				return currency + " ";
			}
		});
	}

}
