package io.guanxi.customer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.guanxi.customer.TimelineEntry.Channel;
import io.guanxi.customer.TimelineEntry.Participant;
import io.guanxi.customer.timeline.Interaction;
import io.guanxi.customer.timeline.InteractionRepository;
import io.guanxi.customer.timeline.TimelineContacts;
import io.guanxi.customer.timeline.TimelineQueries;
import io.guanxi.customer.timeline.TimelineQueries.StoredEntry;
import io.guanxi.platform.AccessDeniedProblem;
import io.guanxi.platform.AccessScope;
import io.guanxi.platform.AccessService;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.platform.StaleVersionException;
import io.guanxi.platform.StoredTexts;
import io.guanxi.platform.UserDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer timeline (one per account and per contact, newest first): reading it page
 * by page, and logging, correcting and deleting interactions. Access follows the account
 * (or, without one, the contacts); only the author, admins and the author's managers may
 * change an interaction. Other modules add entries by publishing
 * {@link TimelineEntryPosted}.
 */
@Service
@Transactional
public class TimelineService {

	static final String RECORD_TYPE = "interaction";

	/** The most entries one page holds. */
	public static final int MAX_LIMIT = 100;

	private static final Duration AHEAD = Duration.ofDays(1);

	private final InteractionRepository interactions;

	private final TimelineQueries queries;

	private final TimelineContacts contacts;

	private final AccountService accounts;

	private final AccessService access;

	private final UserDirectory users;

	private final MessageSource messages;

	private final StoredTexts texts;

	private final Clock clock;

	TimelineService(InteractionRepository interactions, TimelineQueries queries, TimelineContacts contacts,
			AccountService accounts, AccessService access, UserDirectory users, MessageSource messages,
			StoredTexts texts, Clock clock) {
		this.texts = texts;
		this.interactions = interactions;
		this.queries = queries;
		this.contacts = contacts;
		this.accounts = accounts;
		this.access = access;
		this.users = users;
		this.messages = messages;
		this.clock = clock;
	}

	/** A page of an account's timeline, older than {@code before} (null: the newest). */
	@Transactional(readOnly = true)
	public TimelinePage forAccount(long accountId, @Nullable TimelineCursor before, int limit) {
		return forAccount(accountId, null, before, limit);
	}

	/** The same, with only the entries of one channel (null: all). */
	@Transactional(readOnly = true)
	public TimelinePage forAccount(long accountId, @Nullable Channel channel, @Nullable TimelineCursor before,
			int limit) {
		accounts.get(accountId);
		int size = bounded(limit);
		return page(queries.forAccount(accountId, channel, before, size + 1), size);
	}

	/**
	 * A page of the entries a contact took part in, leaving out those of accounts the
	 * caller may not read.
	 */
	@Transactional(readOnly = true)
	public TimelinePage forContact(long contactId, @Nullable TimelineCursor before, int limit) {
		return forContact(contactId, null, before, limit);
	}

	@Transactional(readOnly = true)
	public TimelinePage forContact(long contactId, @Nullable Channel channel, @Nullable TimelineCursor before,
			int limit) {
		Long owner = contacts.owners(List.of(contactId)).get(contactId);
		if (owner == null) {
			throw new RecordNotFoundException("contact", contactId);
		}
		access.checkRead("contact", contactId, owner);
		int size = bounded(limit);
		return page(queries.forContact(contactId, access.scope(), channel, before, size + 1), size);
	}

	@Transactional(readOnly = true)
	public TimelineEntry get(long id) {
		return entry(readable(id));
	}

	/** Logs an interaction; the caller must be able to read its account or contacts. */
	public TimelineEntry log(LogInteraction command) {
		Interaction interaction = Interaction.logged(access.currentUser().id());
		describe(interaction, command);
		interactions.saveAndFlush(interaction);
		return entry(interaction);
	}

	/** Corrects an interaction that the caller last saw at {@code expectedVersion}. */
	public TimelineEntry update(long id, LogInteraction command, long expectedVersion) {
		Interaction interaction = changeable(id, expectedVersion);
		describe(interaction, command);
		interactions.flush();
		return entry(interaction);
	}

	public void delete(long id, long expectedVersion) {
		interactions.delete(changeable(id, expectedVersion));
	}

	private void describe(Interaction interaction, LogInteraction command) {
		Channel channel = command.channel();
		if (channel == null) {
			throw new BusinessRuleException("customer.timeline.error.channelRequired");
		}
		if (channel == Channel.SYSTEM) {
			throw new BusinessRuleException("customer.timeline.error.systemChannel");
		}
		String subject = command.subject() == null ? "" : command.subject().strip();
		if (subject.isEmpty()) {
			throw new BusinessRuleException("customer.timeline.error.subjectRequired");
		}
		Instant now = clock.instant();
		Instant occurredAt = command.occurredAt() == null ? now : command.occurredAt();
		if (occurredAt.isAfter(now.plus(AHEAD))) {
			throw new BusinessRuleException("customer.timeline.error.future");
		}
		Set<Long> contactIds = checkedContacts(command.accountId(), command.contactIds());
		Set<Long> userIds = checkedUsers(command.userIds());
		interaction.describe(command.accountId(), channel, command.direction(), subject, blankToNull(command.body()),
				blankToNull(command.outcome()), occurredAt, command.durationMinutes(), contactIds, userIds);
	}

	/**
	 * An interaction belongs to an account the caller may read, or to contacts the caller
	 * may read. Contacts of the account may take part even if someone else owns them.
	 */
	private Set<Long> checkedContacts(@Nullable Long accountId, List<Long> requested) {
		Set<Long> contactIds = new LinkedHashSet<>(requested);
		if (accountId != null) {
			accounts.get(accountId);
		}
		else if (contactIds.isEmpty()) {
			throw new BusinessRuleException("customer.timeline.error.noRecord");
		}
		Map<Long, Long> owners = contacts.owners(contactIds);
		Set<Long> atAccount = accountId == null ? Set.of() : contacts.workingAt(accountId, contactIds);
		AccessScope scope = access.scope();
		for (Long contactId : contactIds) {
			Long owner = owners.get(contactId);
			if (owner == null || !(atAccount.contains(contactId) || scope.permits(owner))) {
				throw new BusinessRuleException("customer.timeline.error.contact");
			}
		}
		return contactIds;
	}

	private Set<Long> checkedUsers(List<Long> requested) {
		Set<Long> userIds = new LinkedHashSet<>(requested);
		for (Long userId : userIds) {
			if (users.findById(userId).isEmpty()) {
				throw new BusinessRuleException("customer.timeline.error.user");
			}
		}
		return userIds;
	}

	/**
	 * An interaction is visible with its account, or (without one) with any of its
	 * contacts.
	 */
	private Interaction readable(long id) {
		Interaction interaction = interactions.findById(id)
			.orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
		Long accountId = interaction.accountId();
		if (accountId != null) {
			try {
				accounts.get(accountId);
			}
			catch (RecordNotFoundException ex) {
				throw new RecordNotFoundException(RECORD_TYPE, id);
			}
		}
		else {
			AccessScope scope = access.scope();
			if (contacts.owners(interaction.contactIds()).values().stream().noneMatch(scope::permits)) {
				throw new RecordNotFoundException(RECORD_TYPE, id);
			}
		}
		return interaction;
	}

	private Interaction changeable(long id, long expectedVersion) {
		Interaction interaction = readable(id);
		if (!mayChange(interaction.channel(), interaction.authorId())) {
			throw new AccessDeniedProblem("Only the author, their managers and administrators change an interaction");
		}
		if (interaction.version() != expectedVersion) {
			throw new StaleVersionException(RECORD_TYPE, id, expectedVersion, interaction.version());
		}
		return interaction;
	}

	/**
	 * The author, admins and managers above the author: exactly the users whose scope
	 * holds the author. Entries posted by modules belong to them and are not changed
	 * here.
	 */
	private boolean mayChange(Channel channel, @Nullable Long authorId) {
		return channel != Channel.SYSTEM && authorId != null && access.scope().permits(authorId);
	}

	private TimelinePage page(List<StoredEntry> rows, int size) {
		boolean more = rows.size() > size;
		List<StoredEntry> shown = more ? rows.subList(0, size) : rows;
		StoredEntry last = more ? shown.get(shown.size() - 1) : null;
		return new TimelinePage(entries(shown), last == null ? null : new TimelineCursor(last.occurredAt(), last.id()));
	}

	private TimelineEntry entry(Interaction interaction) {
		return entries(List.of(StoredEntry.of(interaction))).get(0);
	}

	/** Entries with names, in a fixed number of queries however many there are. */
	private List<TimelineEntry> entries(List<StoredEntry> rows) {
		List<Long> ids = rows.stream().map(StoredEntry::id).toList();
		Map<Long, List<Long>> contactsById = queries.contactsOf(ids);
		Map<Long, List<Long>> usersById = queries.usersOf(ids);
		Map<Long, String> contactNames = contacts.names(flatten(contactsById.values()));
		Set<Long> userIds = new HashSet<>(flatten(usersById.values()));
		rows.stream().map(StoredEntry::authorId).filter(id -> id != null).forEach(userIds::add);
		Map<Long, String> userNames = users.displayNames(userIds);
		return rows.stream().map(row -> {
			List<Participant> participants = new ArrayList<>();
			contactsById.getOrDefault(row.id(), List.of())
				.forEach(id -> participants
					.add(new Participant(Participant.Kind.CONTACT, id, contactNames.getOrDefault(id, "?"))));
			usersById.getOrDefault(row.id(), List.of())
				.forEach(id -> participants
					.add(new Participant(Participant.Kind.USER, id, userNames.getOrDefault(id, "?"))));
			Long authorId = row.authorId();
			return new TimelineEntry(row.id(), row.accountId(), row.channel(), row.direction(), subjectOf(row),
					row.body(), row.outcome(), row.occurredAt(), row.durationMinutes(), row.source(), row.link(),
					authorId, authorId == null ? null : userNames.getOrDefault(authorId, "?"),
					List.copyOf(participants), mayChange(row.channel(), authorId), row.version());
		}).toList();
	}

	/**
	 * This module's own system entries store a message key as their subject, and entries
	 * posted with a {@link TimelineEntryPosted#subjectText()} a key with arguments, so
	 * that each reader sees them in their language.
	 */
	private String subjectOf(StoredEntry row) {
		if (row.subjectKey() != null && row.subjectArgs() != null) {
			return texts.render(row.subjectKey(), row.subjectArgs(), LocaleContextHolder.getLocale());
		}
		if (row.channel() == Channel.SYSTEM && Interaction.LOGGED.equals(row.source())
				&& row.subject().startsWith("customer.timeline.")) {
			return messages.getMessage(row.subject(), null, row.subject(), LocaleContextHolder.getLocale());
		}
		return row.subject();
	}

	private static List<Long> flatten(Collection<List<Long>> lists) {
		return lists.stream().flatMap(List::stream).distinct().toList();
	}

	private static int bounded(int limit) {
		return Math.max(1, Math.min(limit, MAX_LIMIT));
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
