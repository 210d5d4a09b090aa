package io.guanxi.sales;

/** Why a lead is not worth pursuing; reports count them. */
public enum LeadDisqualifyReason {

	NO_NEED, NO_BUDGET, NO_AUTHORITY, BAD_TIMING, COMPETITOR, UNREACHABLE, DUPLICATE, SPAM, OTHER

}
