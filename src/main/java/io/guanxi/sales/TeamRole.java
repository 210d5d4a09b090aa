package io.guanxi.sales;

/** A member's part in the deal team (虚拟团队). */
public enum TeamRole {

	OWNER, DIRECTOR, PRESALES, MARKETING, SERVICE, OTHER

}
