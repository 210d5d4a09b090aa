package io.guanxi.customer;

/** Head count bands: 1–9, 10–99, 100–499, 500–4,999, 5,000 and more. */
public enum CompanySize {

	MICRO, SMALL, MEDIUM, LARGE, ENTERPRISE

}
