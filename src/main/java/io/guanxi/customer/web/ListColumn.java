package io.guanxi.customer.web;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A column a user can show in a customer list (the name is always shown).
 *
 * @param name what the {@code cols} parameter calls it, such as {@code INDUSTRY}
 * @param field the message key suffix of its title ({@code customer.account.industry})
 * and, when {@code sortable}, its sort property
 */
public record ListColumn(String name, String field, boolean sortable) {

	/** The sort property, null when the column cannot sort. */
	public @Nullable String sortProperty() {
		return sortable ? field : null;
	}

	/** Whether the column shows the record's tags, which the page then loads. */
	public boolean showsTags() {
		return name.equals("TAGS");
	}

	/**
	 * Whether the column is hidden on narrow screens (dates), so that a phone shows the
	 * essentials.
	 */
	public boolean wide() {
		return name.equals("CREATED") || name.equals("UPDATED");
	}

	/**
	 * The columns of {@code all} named in {@code chosen}, in their fixed order, or the
	 * defaults when none is chosen.
	 */
	public static List<ListColumn> chosen(List<ListColumn> all, @Nullable Collection<String> chosen,
			Set<String> defaults) {
		Collection<String> names = chosen == null || chosen.isEmpty() ? defaults : chosen;
		return all.stream().filter(column -> names.contains(column.name())).toList();
	}

}
