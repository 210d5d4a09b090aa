package io.guanxi.sales;

import io.guanxi.customer.CustomerSource;

/** How a lead reached us; it becomes the account's source when the lead is converted. */
public enum LeadSource {

	WEB_FORM(CustomerSource.WEBSITE), IMPORT(CustomerSource.IMPORT), API(CustomerSource.OTHER),
	MANUAL(CustomerSource.OTHER), EVENT(CustomerSource.EVENT), REFERRAL(CustomerSource.REFERRAL),
	PARTNER(CustomerSource.PARTNER), ADVERTISING(CustomerSource.ADVERTISING), COLD_CALL(CustomerSource.COLD_CALL),
	OTHER(CustomerSource.OTHER);

	private final CustomerSource customerSource;

	LeadSource(CustomerSource customerSource) {
		this.customerSource = customerSource;
	}

	public CustomerSource customerSource() {
		return customerSource;
	}

}
