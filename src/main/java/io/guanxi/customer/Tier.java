package io.guanxi.customer;

/** Classification by value (客户分级): A the most valuable. */
public enum Tier {

	A, B, C, D

}
