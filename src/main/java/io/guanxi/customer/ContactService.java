package io.guanxi.customer;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.guanxi.customer.contact.Contact;
import io.guanxi.customer.ProfileSection.Subject;
import io.guanxi.customer.contact.ContactLinks;
import io.guanxi.customer.contact.ContactQueries;
import io.guanxi.customer.contact.ContactRepository;
import io.guanxi.platform.AccessService;
import io.guanxi.platform.AuditHistory;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.HistoryEntry;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.platform.StaleVersionException;
import io.guanxi.platform.UserDirectory;
import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one entry to contacts (the people at customers) and to which accounts they belong,
 * for pages, the API, jobs and other modules; checks access on every call. Linking needs
 * read access to the account and change access to the contact.
 */
@Service
@Transactional
public class ContactService {

	static final String RECORD_TYPE = "contact";

	private static final int EXPORT_BATCH = 500;

	/** Derived from the phones as typed, so the history shows only those. */
	private static final Set<String> DERIVED_FIELDS = Set.of("mobileE164", "phoneE164");

	private final ContactRepository contacts;

	private final ContactLinks links;

	private final AccountService accounts;

	private final AccessService access;

	private final OwnedRecords<Contact> owned;

	private final UserDirectory users;

	private final AuditHistory auditHistory;

	private final PhoneNumbers phones;

	private final ApplicationEventPublisher events;

	private final ContactQueries queries;

	private final RecordAccess records;

	private final EntityManager entityManager;

	ContactService(ContactRepository contacts, ContactLinks links, AccountService accounts, AccessService access,
			UserDirectory users, AuditHistory auditHistory, PhoneNumbers phones, ApplicationEventPublisher events,
			ContactQueries queries, RecordAccess records, EntityManager entityManager) {
		this.contacts = contacts;
		this.queries = queries;
		this.records = records;
		this.entityManager = entityManager;
		this.links = links;
		this.accounts = accounts;
		this.access = access;
		this.users = users;
		this.owned = new OwnedRecords<>(RECORD_TYPE, contacts, Contact::ownerId, access, users);
		this.auditHistory = auditHistory;
		this.phones = phones;
		this.events = events;
	}

	/**
	 * A page of the contacts the caller may see that match the filter, with a total
	 * counted up to {@link ListQuery#COUNT_LIMIT} (pages beyond it are refused).
	 */
	@Transactional(readOnly = true)
	public Page<ContactSummary> list(ContactFilter filter, Pageable pageable) {
		var scope = access.scope();
		Page<ContactSummary> rows = queries.page(filter, scope, pageable);
		Map<Long, String> owners = users.displayNames(rows.map(ContactSummary::ownerId).toSet());
		Map<Long, List<ContactAccount>> accountsOf = links.accountsOf(rows.map(ContactSummary::id).toList(), scope);
		return rows.map(
				row -> row.with(owners.getOrDefault(row.ownerId(), "?"), accountsOf.getOrDefault(row.id(), List.of())));
	}

	/** Visible contacts whose name, alternate name or e-mail contains {@code query}. */
	@Transactional(readOnly = true)
	public Page<ContactSummary> list(@Nullable String query, Pageable pageable) {
		return list(ContactFilter.byName(query), pageable);
	}

	/**
	 * Every contact of {@link #list} (same filter, same order) with every field, for
	 * exports, handed over {@value #EXPORT_BATCH} at a time: the ids are streamed, each
	 * batch is read and then let go, so that a million contacts never sit in memory
	 * together.
	 */
	@Transactional(readOnly = true)
	public void forEachMatching(ContactFilter filter, Sort sort, Consumer<List<ContactDetails>> action) {
		var scope = access.scope();
		queries.forEachIdBatch(filter, scope, sort, EXPORT_BATCH, ids -> {
			List<Contact> found = ListQuery.inOrder(ids, contacts.findAllById(ids), Contact::id);
			Map<Long, String> owners = users
				.displayNames(found.stream().map(Contact::ownerId).collect(Collectors.toSet()));
			Map<Long, List<ContactAccount>> accountsOf = links.accountsOf(ids, scope);
			found.forEach(entityManager::detach);
			action.accept(found.stream()
				.map(contact -> details(contact, owners.getOrDefault(contact.ownerId(), "?"),
						accountsOf.getOrDefault(contact.id(), List.of())))
				.toList());
		});
	}

	/**
	 * Gives the contacts among {@code ids} that the caller may change to another owner;
	 * returns how many.
	 */
	public int assignOwner(Collection<Long> ids, long ownerId) {
		long owner = owned.checkedOwner(ownerId);
		List<Contact> changeable = contacts.findAllById(records.changeable(Subject.CONTACT, ids));
		changeable.forEach(contact -> contact.assignOwner(owner));
		return changeable.size();
	}

	/**
	 * Deletes the contacts among {@code ids} that the caller may change; returns how
	 * many.
	 */
	public int deleteAll(Collection<Long> ids) {
		List<Contact> changeable = contacts.findAllById(records.changeable(Subject.CONTACT, ids));
		if (!changeable.isEmpty()) {
			events.publishEvent(new ContactDeleting(changeable.stream().map(Contact::id).toList()));
		}
		contacts.deleteAll(changeable);
		return changeable.size();
	}

	@Transactional(readOnly = true)
	public ContactDetails get(long id) {
		return details(owned.readable(id));
	}

	public ContactDetails create(SaveContact command) {
		Contact contact = new Contact(command.familyName(), command.givenName(), owned.checkedOwner(command.ownerId()));
		apply(command, contact);
		contacts.save(contact);
		events.publishEvent(new ContactCreated(contact.id(), contact.ownerId()));
		contacts.flush();
		return details(contact);
	}

	/**
	 * Creates a contact at an account the caller may see, with the contact's job title
	 * there.
	 */
	public ContactDetails createAt(long accountId, SaveContact command) {
		accounts.get(accountId);
		ContactDetails created = create(command);
		links.link(created.id(), accountId, command.jobTitle(), false);
		return get(created.id());
	}

	/** Changes a contact that the caller last saw at {@code expectedVersion}. */
	public ContactDetails update(long id, SaveContact command, long expectedVersion) {
		Contact contact = owned.changeable(id, expectedVersion);
		apply(command, contact);
		contact.assignOwner(command.ownerId() == null ? contact.ownerId() : owned.checkedOwner(command.ownerId()));
		contacts.flush();
		return details(contact);
	}

	public void delete(long id, long expectedVersion) {
		Contact contact = owned.changeable(id, expectedVersion);
		events.publishEvent(new ContactDeleting(List.of(id)));
		contacts.delete(contact);
	}

	/**
	 * Throws {@link RecordNotFoundException} unless the contact exists and the caller may
	 * change it.
	 */
	public void checkChange(long id) {
		owned.changeable(id);
	}

	/**
	 * As {@link #checkChange(long)}, and throws {@link StaleVersionException} unless the
	 * contact is still at {@code expectedVersion}.
	 */
	public void checkChange(long id, long expectedVersion) {
		owned.changeable(id, expectedVersion);
	}

	@Transactional(readOnly = true)
	public List<HistoryEntry> history(long id) {
		owned.readable(id);
		List<HistoryEntry> history = auditHistory.of(Contact.class, id)
			.stream()
			.map(entry -> new HistoryEntry(entry.revision(), entry.at(), entry.username(), entry.kind(),
					entry.changes().stream().filter(change -> !DERIVED_FIELDS.contains(change.field())).toList()))
			.toList();
		Set<Long> ownerIds = history.stream()
			.flatMap(entry -> entry.changes().stream())
			.filter(change -> change.field().equals("ownerId"))
			.flatMap(change -> Stream.of(change.before(), change.after()))
			.filter(Objects::nonNull)
			.map(Long::valueOf)
			.collect(Collectors.toSet());
		Map<Long, String> owners = users.displayNames(ownerIds);
		return history.stream()
			.map(entry -> entry.describing("ownerId",
					owner -> owner == null ? null : owners.getOrDefault(Long.valueOf(owner), owner)))
			.toList();
	}

	/**
	 * The contacts at an account that the caller may see (404 when the account is not
	 * visible).
	 */
	@Transactional(readOnly = true)
	public List<AccountContact> contactsOf(long accountId) {
		accounts.get(accountId);
		return links.contactsOf(accountId, access.scope());
	}

	/**
	 * Says that a contact works at an account, or changes the title and primary flag of
	 * that link. Making a contact primary makes the account's previous primary contact an
	 * ordinary one.
	 */
	public ContactAccount link(long contactId, long accountId, @Nullable String jobTitle, boolean primary) {
		AccountDetails account = accounts.get(accountId);
		Contact contact = owned.changeable(contactId);
		String title = jobTitle == null || jobTitle.isBlank() ? contact.jobTitle() : jobTitle.strip();
		if (title != null && title.length() > 200) {
			throw new BusinessRuleException("customer.contact.error.jobTitle");
		}
		links.link(contactId, accountId, title, primary);
		return new ContactAccount(accountId, account.name(), title, primary);
	}

	/** Whether the contact was linked to the account before. */
	public boolean unlink(long contactId, long accountId) {
		accounts.get(accountId);
		owned.changeable(contactId);
		return links.unlink(contactId, accountId);
	}

	private void apply(SaveContact command, Contact contact) {
		contact.rename(command.familyName(), command.givenName(), command.alternateName());
		contact.reachAt(command.mobile(), e164(command.mobile()), command.phone(), e164(command.phone()),
				command.email(), command.wechat());
		contact.describe(command.jobTitle(), command.birthday(), command.city(), command.notes());
		contact.prefer(command.preferredLanguage(), command.preferredChannel(),
				Boolean.TRUE.equals(command.doNotContact()));
	}

	/**
	 * Commands from the UI and the API are validated already; this guards callers that
	 * skip validation.
	 */
	private @Nullable String e164(@Nullable String phone) {
		if (phone == null) {
			return null;
		}
		return phones.e164(phone).orElseThrow(() -> new BusinessRuleException("customer.phone.invalid"));
	}

	private ContactDetails details(Contact contact) {
		String owner = users.findById(contact.ownerId()).map(UserDirectory.UserSummary::displayName).orElse("?");
		return details(contact, owner,
				links.accountsOf(List.of(contact.id()), access.scope()).getOrDefault(contact.id(), List.of()));
	}

	private static ContactDetails details(Contact contact, String owner, List<ContactAccount> accountsOf) {
		return new ContactDetails(contact.id(), contact.familyName(), contact.givenName(), contact.fullName(),
				contact.alternateName(), contact.jobTitle(), contact.mobile(), contact.mobileE164(), contact.phone(),
				contact.phoneE164(), contact.email(), contact.wechat(), contact.birthday(), contact.preferredLanguage(),
				contact.preferredChannel(), contact.doNotContact(), contact.city(), contact.notes(), contact.ownerId(),
				owner, accountsOf, contact.createdAt(), contact.updatedAt(), contact.version());
	}

}
