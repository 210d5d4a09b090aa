package io.guanxi.customer.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import io.guanxi.customer.ContactsMerged;
import io.guanxi.customer.CustomFieldService;
import io.guanxi.customer.MergePreview;
import io.guanxi.customer.MergeRecords;
import io.guanxi.customer.ProfileSection.Subject;
import io.guanxi.customer.contact.Contact;
import io.guanxi.customer.contact.ContactRepository;
import io.guanxi.customer.quality.MergeFields.Spec;
import io.guanxi.platform.AccessService;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.platform.StaleVersionException;
import io.guanxi.platform.UserDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Merges two contacts; called by {@code Duplicates}, inside its transaction. */
@Component
public class ContactMerge {

	private static final String TYPE = "contact";

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

	private final ContactRepository contacts;

	private final AccessService access;

	private final RecordMerger merger;

	private final DuplicatePairs pairs;

	private final CustomFieldService customFields;

	private final UserDirectory users;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	ContactMerge(ContactRepository contacts, AccessService access, RecordMerger merger, DuplicatePairs pairs,
			CustomFieldService customFields, UserDirectory users, MessageSource messages,
			ApplicationEventPublisher events) {
		this.contacts = contacts;
		this.access = access;
		this.merger = merger;
		this.pairs = pairs;
		this.customFields = customFields;
		this.users = users;
		this.messages = messages;
		this.events = events;
	}

	public MergePreview preview(long survivorId, long mergedId) {
		Contact survivor = changeable(survivorId);
		Contact merged = changeable(mergedId);
		List<MergePreview.Row> rows = new ArrayList<>(FIELDS.rows(survivor, merged, users));
		rows.addAll(MergeFields.customRows(Subject.CONTACT, survivorId, mergedId, customFields));
		return new MergePreview(Subject.CONTACT, survivorId, survivor.fullName(), survivor.version(), mergedId,
				merged.fullName(), merged.version(), rows, merger.children(Subject.CONTACT, mergedId));
	}

	/** Merges and answers the survivor's id; the caller must be able to change both. */
	public long merge(MergeRecords command) {
		Contact survivor = changeable(command.survivorId(), command.survivorVersion());
		Contact merged = changeable(command.mergedId(), command.mergedVersion());
		Map<String, Long> customFieldIds = MergeFields.customFieldIds(Subject.CONTACT, customFields);
		FIELDS.checkKeys(command, customFieldIds.keySet());

		merger.moveContactChildren(survivor.id(), merged.id(), MergeFields.fieldsFromMerged(command, customFieldIds));

		Contact named = FIELDS.source("name", survivor, merged, command);
		Contact mobile = FIELDS.source("mobile", survivor, merged, command);
		Contact phone = FIELDS.source("phone", survivor, merged, command);
		String notes = MergeFields.notesWithMerge(pick("notes", Contact::notes, survivor, merged, command), TYPE,
				merged.id(), merged.fullName(), messages);
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

		pairs.forget(Subject.CONTACT, merged.id());
		contacts.delete(merged);
		contacts.flush();
		events.publishEvent(new ContactsMerged(survivor.id(), merged.id()));
		return survivor.id();
	}

	private static <V> @Nullable V pick(String key, Function<Contact, @Nullable V> getter, Contact survivor,
			Contact merged, MergeRecords command) {
		return FIELDS.pick(key, getter, survivor, merged, command);
	}

	private Contact changeable(long id) {
		Contact contact = contacts.findById(id).orElseThrow(() -> new RecordNotFoundException(TYPE, id));
		access.checkChange(TYPE, id, contact.ownerId());
		return contact;
	}

	private Contact changeable(long id, long expectedVersion) {
		Contact contact = changeable(id);
		if (contact.version() != expectedVersion) {
			throw new StaleVersionException(TYPE, id, expectedVersion, contact.version());
		}
		return contact;
	}

}
