package io.guanxi.customer.web;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A column a user can show in a customer list (the name is always shown); the list's enum
 * of columns implements this.
 */
public interface ListColumn {

	String name();

	/**
	 * The message key suffix of the column's title, as in
	 * {@code customer.account.<field>}.
	 */
	String field();

	/** The sort property, null when the column cannot sort. */
	@Nullable String sortProperty();

	/** Whether the column shows the record's tags, which the page then loads. */
	default boolean showsTags() {
		return name().equals("TAGS");
	}

	/**
	 * Whether the column is hidden on narrow screens (dates), so that a phone shows the
	 * essentials.
	 */
	default boolean wide() {
		return name().equals("CREATED") || name().equals("UPDATED");
	}

	/** The chosen columns in their fixed order, or the defaults when none are chosen. */
	static <C extends Enum<C> & ListColumn> List<C> chosen(Class<C> type, @Nullable Collection<C> chosen,
			Set<C> defaults) {
		Set<C> set = chosen == null || chosen.isEmpty() ? defaults : EnumSet.copyOf(chosen);
		return Arrays.stream(type.getEnumConstants()).filter(set::contains).toList();
	}

}
