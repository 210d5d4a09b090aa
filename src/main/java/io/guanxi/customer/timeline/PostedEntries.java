package io.guanxi.customer.timeline;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import io.guanxi.customer.AccountCreated;
import io.guanxi.customer.TimelineEntryPosted;
import io.guanxi.customer.internal.AccountRepository;
import io.guanxi.platform.NoticeText;
import io.guanxi.platform.StoredTexts;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores the entries that modules post as SYSTEM entries. Events arrive at least once, so
 * an entry is stored once per (source, sourceRef), which a unique index guards as well.
 */
@Component
class PostedEntries {

	private static final Logger log = LoggerFactory.getLogger(PostedEntries.class);

	private final InteractionRepository interactions;

	private final AccountRepository accounts;

	private final TimelineContacts contacts;

	private final TransactionTemplate ownTransaction;

	private final StoredTexts texts;

	private final Clock clock;

	PostedEntries(InteractionRepository interactions, AccountRepository accounts, TimelineContacts contacts,
			PlatformTransactionManager transactions, StoredTexts texts, Clock clock) {
		this.interactions = interactions;
		this.texts = texts;
		this.clock = clock;
		this.accounts = accounts;
		this.contacts = contacts;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@ApplicationModuleListener(id = "customer.timeline-posted-entries")
	void on(TimelineEntryPosted event) {
		if (interactions.existsBySourceAndSourceRef(event.source(), event.sourceRef())) {
			return;
		}
		Long accountId = event.accountId();
		if (accountId != null && !accounts.existsById(accountId)) {
			log.info("Timeline entry {}/{} dropped: account {} no longer exists", event.source(), event.sourceRef(),
					accountId);
			return;
		}
		// contacts deleted since the event was published are left out
		List<Long> contactIds = List.copyOf(contacts.owners(event.contactIds()).keySet());
		Interaction entry = entry(event, accountId, contactIds);
		try {
			// a second delivery of the same event may run at the same moment: the index
			// keeps
			// one entry, and the loser's failure stays inside this inner transaction
			ownTransaction.executeWithoutResult(status -> interactions.saveAndFlush(entry));
		}
		catch (DataIntegrityViolationException ex) {
			log.debug("Timeline entry {}/{} was stored by a concurrent delivery", event.source(), event.sourceRef());
		}
	}

	private Interaction entry(TimelineEntryPosted event, @Nullable Long accountId, List<Long> contactIds) {
		String source = cut(event.source(), 40);
		String sourceRef = cut(event.sourceRef(), 200);
		String body = cutOrNull(event.body(), 4000);
		String link = safeLink(event.link());
		NoticeText.Message text = event.subjectText();
		if (text == null) {
			return Interaction.posted(source, sourceRef, accountId, contactIds, event.occurredAt(),
					cut(event.subject(), 300), body, link);
		}
		// the subject column keeps the English text for whatever reads it directly;
		// the timeline renders the key in the reader's language
		String args = texts.arguments(text.args());
		String subject = texts.render(text.key(), args, Locale.ENGLISH);
		return Interaction.posted(source, sourceRef, accountId, contactIds, event.occurredAt(), cut(subject, 300),
				cut(text.key(), 150), args, body, link);
	}

	/**
	 * A new account starts its timeline; in the same transaction, so that the entry
	 * exists exactly when the account does.
	 */
	@EventListener
	void on(AccountCreated event) {
		// the entry refers to the account by id only: write the account first
		interactions.flush();
		interactions.save(Interaction.posted(Interaction.LOGGED, "account:" + event.accountId() + ":created",
				event.accountId(), List.of(), clock.instant(), "customer.timeline.system.accountCreated", null, null));
	}

	/** Only paths inside Guanxi: a link from an event must not lead anywhere else. */
	private static @Nullable String safeLink(@Nullable String link) {
		if (link == null || !link.startsWith("/") || link.startsWith("//") || link.contains("\\")
				|| link.length() > 300) {
			return null;
		}
		return link;
	}

	private static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

	private static @Nullable String cutOrNull(@Nullable String text, int max) {
		return text == null ? null : cut(text, max);
	}

}
