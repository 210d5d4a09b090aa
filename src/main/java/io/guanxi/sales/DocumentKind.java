package io.guanxi.sales;

/** Files on an opportunity, by what they are for. */
public enum DocumentKind {

	PROPOSAL, BID, CONTRACT, OTHER

}
