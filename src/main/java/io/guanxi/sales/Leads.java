package io.guanxi.sales;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.guanxi.customer.PhoneNumbers;
import io.guanxi.platform.AccessService;
import io.guanxi.platform.AuditHistory;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.HistoryEntry;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.platform.StaleVersionException;
import io.guanxi.platform.UserDirectory;
import io.guanxi.sales.lead.Lead;
import io.guanxi.sales.lead.LeadQueries;
import io.guanxi.sales.lead.LeadRepository;
import io.guanxi.sales.lead.LeadRouter;
import io.guanxi.sales.lead.LeadScoring;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leads (线索) for pages, the API, imports, the public web form and other modules: capture,
 * change, work, qualify and disqualify. A user reads and changes the leads they own and
 * those of the people below them (admins: all). A new lead that names no owner goes where
 * the assignment rules say ({@link LeadRouter}); its score is computed again on every
 * change ({@link LeadScoring}). Converting is {@link LeadConversion}'s.
 */
@Service
@Transactional
public class Leads {

	static final String RECORD_TYPE = "lead";

	/**
	 * Left out of the history: the score follows from the other fields, and the records a
	 * lead became are shown (as links) on its page.
	 */
	private static final Set<String> NOT_IN_HISTORY = Set.of("score", "convertedAccountId", "convertedContactId",
			"convertedOpportunityId");

	private final LeadRepository leads;

	private final LeadQueries queries;

	private final LeadRouter router;

	private final LeadScoring scoring;

	private final PhoneNumbers phones;

	private final AccessService access;

	private final UserDirectory users;

	private final AuditHistory auditHistory;

	private final ApplicationEventPublisher events;

	Leads(LeadRepository leads, LeadQueries queries, LeadRouter router, LeadScoring scoring, PhoneNumbers phones,
			AccessService access, UserDirectory users, AuditHistory auditHistory, ApplicationEventPublisher events) {
		this.leads = leads;
		this.queries = queries;
		this.router = router;
		this.scoring = scoring;
		this.phones = phones;
		this.access = access;
		this.users = users;
		this.auditHistory = auditHistory;
		this.events = events;
	}

	/**
	 * A page of the leads the caller may see that match the filter; the total is counted
	 * up to {@link LeadQueries#COUNT_LIMIT} and pages beyond it are refused.
	 */
	@Transactional(readOnly = true)
	public Page<LeadSummary> list(LeadFilter filter, Pageable pageable) {
		Page<LeadQueries.Row> rows = queries.page(filter, access.scope(), pageable);
		Map<Long, String> owners = users.displayNames(rows.map(LeadQueries.Row::ownerId).toSet());
		return rows.map(row -> new LeadSummary(row.id(), row.fullName(), row.companyName(), row.title(), row.email(),
				row.mobile(), row.city(), row.source(), row.status(), row.score(), row.ownerId(),
				owners.getOrDefault(row.ownerId(), "?"), row.createdAt()));
	}

	@Transactional(readOnly = true)
	public LeadDetails get(long id) {
		return details(readable(id));
	}

	/**
	 * Captures a lead typed in, imported or sent by the API. Without an owner the
	 * assignment rules choose one, falling back to the default owner and then to the
	 * caller; a named owner must be one the caller may give records to.
	 */
	public LeadDetails create(SaveLead command) {
		long creator = access.currentUser().id();
		LeadSource source = sourceOf(command);
		long owner = command.ownerId() == null ? router.ownerOf(command, source, creator)
				: checkedOwner(command.ownerId());
		return save(new Lead(owner, creator), command.from(source), creator);
	}

	/**
	 * Captures a lead from the public web-to-lead form: nobody is signed in (and a
	 * session that happens to be there is ignored), so the rules or the default owner
	 * decide, and the source is always {@link LeadSource#WEB_FORM}.
	 */
	public LeadDetails capturePublic(SaveLead command) {
		SaveLead web = command.from(LeadSource.WEB_FORM).ownedBy(null);
		long owner = router.ownerOf(web, LeadSource.WEB_FORM, null);
		return save(new Lead(owner, null), web, null);
	}

	/**
	 * Changes a lead that the caller last saw at {@code expectedVersion}; an empty owner
	 * or source keeps what is there. Converted leads no longer change.
	 */
	public LeadDetails update(long id, SaveLead command, long expectedVersion) {
		Lead lead = changeable(id, expectedVersion);
		SaveLead changed = command.from(command.source() == null ? lead.source() : command.source());
		lead.describe(changed, e164(changed.mobile()), e164(changed.phone()), scoring.score(changed).total());
		if (command.ownerId() != null && command.ownerId() != lead.ownerId()) {
			lead.assignOwner(checkedOwner(command.ownerId()));
			events.publishEvent(new LeadAssigned(id, lead.ownerId(), access.currentUser().id()));
		}
		leads.flush();
		return details(lead);
	}

	/**
	 * Someone works on the lead (from new, or reopened after qualifying or
	 * disqualifying).
	 */
	public LeadDetails work(long id, long expectedVersion) {
		Lead lead = changeable(id, expectedVersion);
		lead.work();
		return flushed(lead);
	}

	public LeadDetails qualify(long id, long expectedVersion) {
		Lead lead = changeable(id, expectedVersion);
		lead.qualify();
		return flushed(lead);
	}

	public LeadDetails disqualify(long id, LeadDisqualifyReason reason, @Nullable String note, long expectedVersion) {
		if (note != null && note.strip().length() > 500) {
			throw new BusinessRuleException("sales.lead.error.noteLength", 500);
		}
		Lead lead = changeable(id, expectedVersion);
		lead.disqualify(reason, note);
		return flushed(lead);
	}

	/** Who changed what and when, owners shown by name. */
	@Transactional(readOnly = true)
	public List<HistoryEntry> history(long id) {
		readable(id);
		List<HistoryEntry> history = auditHistory.of(Lead.class, id)
			.stream()
			.map(entry -> new HistoryEntry(entry.revision(), entry.at(), entry.username(), entry.kind(),
					entry.changes().stream().filter(change -> !NOT_IN_HISTORY.contains(change.field())).toList()))
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

	private LeadDetails save(Lead lead, SaveLead command, @Nullable Long creator) {
		lead.describe(command, e164(command.mobile()), e164(command.phone()), scoring.score(command).total());
		leads.saveAndFlush(lead);
		events.publishEvent(new LeadAssigned(lead.id(), lead.ownerId(), creator));
		return details(lead);
	}

	private LeadDetails flushed(Lead lead) {
		leads.flush();
		return details(lead);
	}

	Lead readable(long id) {
		Lead lead = leads.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
		access.checkRead(RECORD_TYPE, id, lead.ownerId());
		return lead;
	}

	private Lead changeable(long id, long expectedVersion) {
		Lead lead = leads.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
		access.checkChange(RECORD_TYPE, id, lead.ownerId());
		if (lead.version() != expectedVersion) {
			throw new StaleVersionException(RECORD_TYPE, id, expectedVersion, lead.version());
		}
		return lead;
	}

	/** An enabled user whose records the caller may see. */
	private long checkedOwner(long ownerId) {
		boolean enabled = users.findById(ownerId).map(UserDirectory.UserSummary::enabled).orElse(false);
		if (!enabled || !access.scope().permits(ownerId)) {
			throw new BusinessRuleException("sales.lead.error.owner");
		}
		return ownerId;
	}

	private static LeadSource sourceOf(SaveLead command) {
		return command.source() == null ? LeadSource.MANUAL : command.source();
	}

	/** Commands are validated already; this guards callers that skip validation. */
	private @Nullable String e164(@Nullable String phone) {
		if (phone == null) {
			return null;
		}
		return phones.e164(phone).orElseThrow(() -> new BusinessRuleException("customer.phone.invalid"));
	}

	LeadDetails details(Lead lead) {
		String owner = users.findById(lead.ownerId()).map(UserDirectory.UserSummary::displayName).orElse("?");
		SaveLead fields = new SaveLead(lead.familyName(), lead.givenName(), lead.companyName(), lead.title(),
				lead.email(), lead.mobile(), lead.phone(), lead.industry(), lead.region(), lead.city(), lead.source(),
				lead.campaign(), lead.description(), lead.ownerId());
		return new LeadDetails(lead.id(), lead.familyName(), lead.givenName(), lead.fullName(), lead.companyName(),
				lead.title(), lead.email(), lead.mobile(), lead.mobileE164(), lead.phone(), lead.phoneE164(),
				lead.industry(), lead.region(), lead.city(), lead.source(), lead.campaign(), lead.description(),
				lead.ownerId(), owner, lead.status(), lead.disqualifyReason(), lead.disqualifyNote(),
				scoring.score(fields), lead.convertedAccountId(), lead.convertedContactId(),
				lead.convertedOpportunityId(), lead.convertedAt(), lead.createdAt(), lead.updatedAt(), lead.version());
	}

}
