package io.guanxi.customer.quality;

import java.util.List;
import java.util.Objects;

import io.guanxi.customer.ContactService;
import io.guanxi.customer.ContactsMerged;
import io.guanxi.customer.MergeRecords;
import io.guanxi.customer.ProfileSection.Subject;
import io.guanxi.customer.contact.Contact;
import io.guanxi.customer.contact.ContactRepository;
import io.guanxi.customer.quality.MergeFields.Spec;
import org.springframework.stereotype.Component;

/** Merges two contacts: their fields, how the survivor takes them, and the event. */
@Component
public class ContactMerge extends RecordMerge<Contact> {

	/** The name is chosen whole: family and given name come from the same record. */
	private static final MergeFields<Contact> FIELDS = new MergeFields<>(
			List.of(Spec.of("name", "customer.contact.name", Contact::fullName),
					Spec.of("alternateName", "customer.contact.alternateName", Contact::alternateName),
					Spec.of("jobTitle", "customer.contact.jobTitle", Contact::jobTitle),
					Spec.of("mobile", "customer.contact.mobile", Contact::mobile),
					Spec.of("phone", "customer.contact.phone", Contact::phone),
					Spec.of("email", "customer.contact.email", Contact::email),
					Spec.of("wechat", "customer.contact.wechat", Contact::wechat),
					Spec.of("birthday", "customer.contact.birthday", Contact::birthday),
					Spec.of("preferredLanguage", "customer.contact.preferredLanguage", Contact::preferredLanguage),
					new Spec<>("preferredChannel", "customer.contact.preferredChannel", "customer.contact.channel.",
							Contact::preferredChannel),
					new Spec<>("doNotContact", "customer.contact.doNotContact", "customer.quality.yesNo.",
							contact -> contact.doNotContact() ? Boolean.TRUE : null),
					Spec.of("city", "customer.contact.city", Contact::city),
					Spec.of("notes", "customer.contact.notes", Contact::notes),
					Spec.of("owner", "customer.contact.owner", Contact::ownerId)));

	ContactMerge(ContactRepository contacts, ContactService service, MergeParts parts) {
		super(Subject.CONTACT, FIELDS, contacts, service::checkChange, service::checkChange, parts);
	}

	@Override
	void takeValues(Contact survivor, Contact merged, MergeRecords command, String notes) {
		Contact named = FIELDS.source("name", survivor, merged, command);
		Contact mobile = FIELDS.source("mobile", survivor, merged, command);
		Contact phone = FIELDS.source("phone", survivor, merged, command);
		Long owner = Objects.requireNonNull(pick("owner", Contact::ownerId, survivor, merged, command));
		boolean doNotContact = FIELDS.source("doNotContact", survivor, merged, command).doNotContact();

		survivor.rename(named.familyName(), named.givenName(),
				pick("alternateName", Contact::alternateName, survivor, merged, command));
		survivor.reachAt(mobile.mobile(), mobile.mobileE164(), phone.phone(), phone.phoneE164(),
				pick("email", Contact::email, survivor, merged, command),
				pick("wechat", Contact::wechat, survivor, merged, command));
		survivor.describe(pick("jobTitle", Contact::jobTitle, survivor, merged, command),
				pick("birthday", Contact::birthday, survivor, merged, command),
				pick("city", Contact::city, survivor, merged, command), notes);
		survivor.prefer(pick("preferredLanguage", Contact::preferredLanguage, survivor, merged, command),
				pick("preferredChannel", Contact::preferredChannel, survivor, merged, command), doNotContact);
		survivor.assignOwner(owner);
	}

	@Override
	Object mergedEvent(long survivorId, long mergedId) {
		return new ContactsMerged(survivorId, mergedId);
	}

}
