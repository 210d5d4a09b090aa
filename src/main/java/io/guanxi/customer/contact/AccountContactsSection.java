package io.guanxi.customer.contact;

import io.guanxi.customer.ContactService;
import io.guanxi.customer.ProfileSection;
import org.springframework.stereotype.Component;

/** The people at an account, on the account's profile page. */
@Component
class AccountContactsSection implements ProfileSection {

	private final ContactService contacts;

	AccountContactsSection(ContactService contacts) {
		this.contacts = contacts;
	}

	@Override
	public Subject subject() {
		return Subject.ACCOUNT;
	}

	@Override
	public String template() {
		return "customer/contacts/account-section";
	}

	@Override
	public Column column() {
		return Column.MAIN;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public Object load(long accountId) {
		return contacts.contactsOf(accountId);
	}

}
