package io.guanxi.customer.contact;

import java.util.EnumSet;
import java.util.Set;

import io.guanxi.customer.web.ListColumn;
import org.jspecify.annotations.Nullable;

/** The columns a user can show in the contact list; the name is always shown. */
public enum ContactColumn implements ListColumn {

	JOB_TITLE("jobTitle", "jobTitle"), ACCOUNTS("accounts", null), MOBILE("mobile", null), PHONE("phone", null),
	EMAIL("email", "email"), WECHAT("wechat", null), CITY("city", "city"), LANGUAGE("preferredLanguage", null),
	CHANNEL("preferredChannel", null), DO_NOT_CONTACT("doNotContact", null), TAGS("tags", null), OWNER("owner", null),
	CREATED("createdAt", "createdAt"), UPDATED("updatedAt", "updatedAt");

	static final Set<ContactColumn> DEFAULTS = EnumSet.of(JOB_TITLE, ACCOUNTS, MOBILE, EMAIL, OWNER, UPDATED);

	private final String field;

	private final @Nullable String sortProperty;

	ContactColumn(String field, @Nullable String sortProperty) {
		this.field = field;
		this.sortProperty = sortProperty;
	}

	@Override
	public String field() {
		return field;
	}

	@Override
	public @Nullable String sortProperty() {
		return sortProperty;
	}

}
