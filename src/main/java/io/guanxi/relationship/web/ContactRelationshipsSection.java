package io.guanxi.relationship.web;

import java.time.Clock;
import java.time.LocalDate;

import io.guanxi.customer.ContactService;
import io.guanxi.customer.ProfileSection;
import io.guanxi.platform.AccessService;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.relationship.PersonTies;
import org.springframework.stereotype.Component;

/**
 * "Relationships" on a contact's profile page: ties to people, and who of us knows them.
 */
@Component
class ContactRelationshipsSection implements ProfileSection {

	static final String TEMPLATE = "relationship/ties/section";

	private final PersonTies ties;

	private final ContactService contacts;

	private final AccessService access;

	private final Clock clock;

	ContactRelationshipsSection(PersonTies ties, ContactService contacts, AccessService access, Clock clock) {
		this.ties = ties;
		this.contacts = contacts;
		this.access = access;
		this.clock = clock;
	}

	@Override
	public Subject subject() {
		return Subject.CONTACT;
	}

	@Override
	public String template() {
		return TEMPLATE;
	}

	@Override
	public Column column() {
		return Column.MAIN;
	}

	@Override
	public int order() {
		return 16;
	}

	@Override
	public ContactRelationships load(long contactId) {
		return ContactRelationships.of(contactId, mayChange(contactId), ties.of(contactId), ties.whoKnows(contactId),
				access.currentUser().id(), LocalDate.now(clock));
	}

	private boolean mayChange(long contactId) {
		try {
			contacts.checkChange(contactId);
			return true;
		}
		catch (RecordNotFoundException ex) {
			return false;
		}
	}

}
