package io.guanxi.customer;

/** Whether the account is worked on; inactive accounts stay for history. */
public enum AccountStatus {

	ACTIVE, INACTIVE

}
