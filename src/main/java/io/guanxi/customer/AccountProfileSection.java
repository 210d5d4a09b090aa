package io.guanxi.customer;

/**
 * A part of the customer profile page (客户画像) that a feature of this module or another
 * module contributes: contacts, timeline, tags, opportunities, cases, value. The page
 * calls {@link #load} only after it has checked that the user may read the account.
 * <p>
 * The template must declare {@code th:fragment="section(data, account)"}, where
 * {@code data} is what {@link #load} returned and {@code account} the
 * {@link AccountDetails}.
 */
public interface AccountProfileSection {

	/** A Thymeleaf template name such as {@code customer/contacts/section}. */
	String template();

	Column column();

	/** Sections sort by this within their column, smallest first. */
	int order();

	Object load(long accountId);

	enum Column {

		/** The wide column: lists and timelines. */
		MAIN,
		/** The narrow column beside it: facts, tags, fields. */
		SIDE

	}

}
