package io.guanxi.customer.transfer;

import org.jspecify.annotations.Nullable;

/**
 * Cells that a spreadsheet would run as a formula ({@code =HYPERLINK(...)}, {@code +1},
 * {@code -2+3}, {@code @SUM(...)}, or after a tab or carriage return) are neutralised in
 * CSV exports by a leading apostrophe (OWASP "CSV injection").
 */
final class SpreadsheetText {

	private SpreadsheetText() {
	}

	static boolean isFormulaStart(char first) {
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
	}

	static String neutralise(@Nullable String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		return isFormulaStart(value.charAt(0)) ? "'" + value : value;
	}

}
