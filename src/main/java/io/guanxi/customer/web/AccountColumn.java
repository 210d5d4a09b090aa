package io.guanxi.customer.web;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** The columns a user can show in the account list; the name is always shown. */
public enum AccountColumn {

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

	/**
	 * The message key suffix of the column's title, as in
	 * {@code customer.account.<field>}.
	 */
	public String field() {
		return field;
	}

	public @Nullable String sortProperty() {
		return sortProperty;
	}

	/** The chosen columns in their fixed order, or the defaults when none are chosen. */
	static List<AccountColumn> chosen(@Nullable Collection<AccountColumn> chosen) {
		Set<AccountColumn> set = chosen == null || chosen.isEmpty() ? DEFAULTS : EnumSet.copyOf(chosen);
		return Arrays.stream(values()).filter(set::contains).toList();
	}

}
