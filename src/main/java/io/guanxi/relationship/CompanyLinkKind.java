package io.guanxi.relationship;

/**
 * How one account relates to another; a link reads "from is the … of to", e.g. from is
 * the parent of to, from holds a share of to, from supplies to.
 */
public enum CompanyLinkKind {

	PARENT, GROUP_MEMBER, SHAREHOLDER, PARTNER, SUPPLIER, CUSTOMER, DISTRIBUTOR, COMPETITOR, REFERRAL, ALLIANCE;

	/** Links whose direction carries no meaning. */
	public boolean symmetric() {
		return this == PARTNER || this == COMPETITOR || this == ALLIANCE;
	}

}
