package io.guanxi.customer;

import io.guanxi.customer.ProfileSection.Subject;

/**
 * The tables behind a profile subject, for the SQL of this module's features (tags,
 * custom fields) that work the same way on accounts and on contacts.
 *
 * @param records the records' own table ({@code customer_account})
 * @param recordType the record type for access checks and not-found errors
 * @param tags the record-to-tag link table
 * @param fieldValues the custom field value table
 * @param recordColumn the column that holds the record id in the link and value tables
 */
public record ProfileTables(String records, String recordType, String tags, String fieldValues, String recordColumn) {

	private static final ProfileTables ACCOUNT = new ProfileTables("customer_account", "account",
			"customer_account_tag", "customer_account_field_value", "account_id");

	private static final ProfileTables CONTACT = new ProfileTables("customer_contact", "contact",
			"customer_contact_tag", "customer_contact_field_value", "contact_id");

	public static ProfileTables of(Subject subject) {
		return switch (subject) {
			case ACCOUNT -> ACCOUNT;
			case CONTACT -> CONTACT;
		};
	}

	/** The id column of the records' table, qualified by the table's name. */
	public String idColumn() {
		return records + ".id";
	}

}
