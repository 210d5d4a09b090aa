package io.guanxi.sales;

/** Open while the deal is being worked; won or lost once closed. */
public enum OpportunityStatus {

	OPEN, WON, LOST;

	public boolean closed() {
		return this != OPEN;
	}

}
