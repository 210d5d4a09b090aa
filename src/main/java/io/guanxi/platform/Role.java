package io.guanxi.platform;

/** What a user does in the company; decides which pages and actions they get. */
public enum Role {

	ADMIN, SALES_REP, SALES_MANAGER, MARKETING, SERVICE_AGENT, SERVICE_MANAGER;

	public String authority() {
		return "ROLE_" + name();
	}

	public String messageKey() {
		return "platform.role." + name();
	}

}
