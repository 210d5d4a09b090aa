package io.guanxi.customer.web;

import java.util.Locale;

import io.guanxi.customer.ProfileSection.Subject;

/**
 * The customer lists that share their filters, columns, saved views, bulk actions and
 * exports; the shared fragments ({@code customer/lists.html}) take their names from here.
 */
public enum CustomerList {

	ACCOUNTS(Subject.ACCOUNT), CONTACTS(Subject.CONTACT);

	private final Subject subject;

	CustomerList(Subject subject) {
		this.subject = subject;
	}

	public Subject subject() {
		return subject;
	}

	/** {@code accounts}: the saved views' list name and the templates' folder. */
	public String view() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** {@code /accounts}. */
	public String path() {
		return "/" + view();
	}

	/** {@code account}: element ids and column titles ({@code customer.account.city}). */
	public String item() {
		return subject.name().toLowerCase(Locale.ROOT);
	}

	/** {@code customer.accounts}: the prefix of the list's own messages. */
	public String keys() {
		return "customer." + view();
	}

}
