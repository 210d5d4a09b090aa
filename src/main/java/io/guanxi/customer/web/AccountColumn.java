package io.guanxi.customer.web;

import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** The columns a user can show in the account list; the name is always shown. */
public enum AccountColumn implements ListColumn {

	KIND("kind", null), INDUSTRY("industry", "industry"), CITY("city", "city"), TIER("tier", "tier"),
	LIFECYCLE("lifecycleStage", "lifecycleStage"), STATUS("status", "status"), PHONE("phone", null),
	EMAIL("email", null), TAGS("tags", null), OWNER("owner", null), CREATED("createdAt", "createdAt"),
	UPDATED("updatedAt", "updatedAt");

	static final Set<AccountColumn> DEFAULTS = EnumSet.of(INDUSTRY, CITY, TIER, LIFECYCLE, OWNER, UPDATED);

	private final String field;

	private final @Nullable String sortProperty;

	AccountColumn(String field, @Nullable String sortProperty) {
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
