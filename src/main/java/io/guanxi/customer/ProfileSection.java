package io.guanxi.customer;

/**
 * A part of a customer profile page (客户画像), for an account or for a contact, that a
 * feature of this module or another module contributes: contacts, timeline, tags, fields,
 * opportunities, cases, value. The page calls {@link #load} only after it has checked
 * that the user may read the record.
 * <p>
 * The template must declare {@code th:fragment="section(data, record)"}, where
 * {@code data} is what {@link #load} returned and {@code record} the
 * {@link AccountDetails} or the contact's details.
 */
public interface ProfileSection {

	Subject subject();

	/** A Thymeleaf template name such as {@code customer/contacts/section}. */
	String template();

	Column column();

	/** Sections sort by this within their column, smallest first. */
	int order();

	Object load(long recordId);

	/** Which profile page the section belongs to. */
	enum Subject {

		ACCOUNT, CONTACT

	}

	enum Column {

		/** The wide column: lists and timelines. */
		MAIN,
		/** The narrow column beside it: facts, tags, fields. */
		SIDE

	}

	/** A section ready for the template: its template name with the data it loaded. */
	record Loaded(String template, Object data) {

	}

}
