package io.guanxi.customer;

/** Where the customer is in its life with us (全生命周期), from first contact to win-back. */
public enum LifecycleStage {

	PROSPECT, NEW_CUSTOMER, ACTIVE_CUSTOMER, LOYAL, AT_RISK, CHURNED, WON_BACK

}
