package io.guanxi.sales;

/**
 * Where a lead is on its way to a customer: new, being worked, qualified (worth an
 * opportunity), disqualified (with a reason; it may be reopened), or converted (final).
 */
public enum LeadStatus {

	NEW, WORKING, QUALIFIED, DISQUALIFIED, CONVERTED;

	/** Someone works on it: from new, and back from qualified or disqualified. */
	public boolean canWork() {
		return this == NEW || this == QUALIFIED || this == DISQUALIFIED;
	}

	public boolean canQualify() {
		return this == NEW || this == WORKING;
	}

	public boolean canDisqualify() {
		return this == NEW || this == WORKING || this == QUALIFIED;
	}

	/** A lead is converted once it has been looked at: working or qualified. */
	public boolean canConvert() {
		return this == WORKING || this == QUALIFIED;
	}

	/** Converted leads are history: their fields no longer change. */
	public boolean editable() {
		return this != CONVERTED;
	}

}
