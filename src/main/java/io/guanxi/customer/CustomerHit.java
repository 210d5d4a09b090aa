package io.guanxi.customer;

import org.jspecify.annotations.Nullable;

/**
 * One result of the customer search box.
 *
 * @param title the account's or the contact's name
 * @param subtitle what tells two hits of the same name apart: an account's city and
 * phone, a contact's company and mobile
 * @param link the record's page
 * @param match why it was found; hits come ordered by it
 */
public record CustomerHit(Type type, long id, String title, String subtitle, String link, Match match) {

	public enum Type {

		ACCOUNT, CONTACT

	}

	/** The kinds of match, best first. */
	public enum Match {

		/** The phone number, typed in any format, or its last four or more digits. */
		PHONE,
		/** The e-mail address or its beginning. */
		EMAIL,
		/** The name starts with the query. */
		PREFIX,
		/** The name (or legal or alternate name) contains every word of the query. */
		SUBSTRING,
		/** A contact whose company matches. */
		COMPANY,
		/** A name close to the query: a typo. */
		FUZZY

	}

}
