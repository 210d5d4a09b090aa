package io.guanxi.sales.catalog;

import java.util.List;

/**
 * The currencies the forms offer first; the API takes any ISO 4217 code.
 */
public final class Currencies {

	public static final List<String> COMMON = List.of("CNY", "USD", "EUR", "HKD", "JPY", "GBP", "SGD", "KRW", "TWD",
			"AUD", "CHF");

	private Currencies() {
	}

}
