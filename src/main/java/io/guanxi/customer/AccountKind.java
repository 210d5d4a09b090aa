package io.guanxi.customer;

/** A company (B2B) or an individual customer (B2C). */
public enum AccountKind {

	COMPANY, INDIVIDUAL

}
