package io.guanxi.sales;

import java.time.Clock;

import io.guanxi.customer.AccountKind;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.AccountStatus;
import io.guanxi.customer.ContactService;
import io.guanxi.customer.LifecycleStage;
import io.guanxi.customer.SaveAccount;
import io.guanxi.customer.SaveContact;
import io.guanxi.platform.AccessService;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.platform.StaleVersionException;
import io.guanxi.sales.lead.CandidateFinder;
import io.guanxi.sales.lead.Lead;
import io.guanxi.sales.lead.LeadRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Converts a working or qualified lead into an account, a contact at it and, if asked, an
 * opportunity, in one transaction: everything is made and linked and the lead marked
 * {@link LeadStatus#CONVERTED} with the records' ids, or nothing changes. Existing
 * records the lead may already be ({@link #candidates}) are used when named, and a new
 * one is made next to them only when asked ({@link ConversionNeedsChoice} otherwise). The
 * lead is locked while it converts, so converting it twice at once converts it once.
 */
@Service
@Transactional
public class LeadConversion {

	private final LeadRepository leads;

	private final Leads leadService;

	private final CandidateFinder finder;

	private final AccountService accounts;

	private final ContactService contacts;

	private final AccessService access;

	private final Opportunities opportunities;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LeadConversion(LeadRepository leads, Leads leadService, CandidateFinder finder, AccountService accounts,
			ContactService contacts, Opportunities opportunities, AccessService access,
			ApplicationEventPublisher events, Clock clock) {
		this.opportunities = opportunities;
		this.leads = leads;
		this.leadService = leadService;
		this.finder = finder;
		this.accounts = accounts;
		this.contacts = contacts;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	/** The existing accounts and contacts that the caller may see and the lead may be. */
	@Transactional(readOnly = true)
	public ConversionCandidates candidates(long leadId) {
		return candidates(leadService.readable(leadId));
	}

	/**
	 * Converts the lead that the caller last saw at {@code expectedVersion}.
	 * @throws ConversionNeedsChoice when the lead looks like an existing account or
	 * contact that the command neither names nor asks to duplicate
	 * @throws io.guanxi.platform.BusinessRuleException when the lead is converted
	 * already, or not yet worked on
	 */
	public ConvertedLead convert(long leadId, ConvertLead command, long expectedVersion) {
		Lead lead = locked(leadId, expectedVersion);
		if (!command.createsNew() && (command.accountId() == null || command.contactId() == null)) {
			ConversionCandidates found = candidates(lead);
			if ((command.accountId() == null && !found.accounts().isEmpty())
					|| (command.contactId() == null && !found.contacts().isEmpty())) {
				throw new ConversionNeedsChoice(found);
			}
		}
		boolean accountCreated = command.accountId() == null;
		long accountId = accountCreated ? createAccount(lead) : accounts.get(command.accountId()).id();
		boolean contactCreated = command.contactId() == null;
		long contactId = contactCreated ? contacts.createAt(accountId, contactOf(lead)).id()
				: linkContact(command.contactId(), accountId, lead);
		Long opportunityId = command.opportunity() == null ? null
				: openOpportunity(lead, accountId, contactId, command.opportunity());
		lead.convert(accountId, contactId, opportunityId, access.currentUser().id(), clock.instant());
		leads.flush();
		events.publishEvent(
				new LeadConverted(leadId, accountId, contactId, opportunityId, accountCreated, contactCreated));
		return new ConvertedLead(leadId, accountId, contactId, opportunityId, accountCreated, contactCreated);
	}

	/**
	 * Opens the opportunity, owned by the lead's owner, with the lead's person on it; its
	 * source is the account's kind of source.
	 */
	private long openOpportunity(Lead lead, long accountId, long contactId, ConvertLead.NewOpportunity opportunity) {
		OpportunityView opened = opportunities.create(new SaveOpportunity(accountId, opportunity.name().strip(),
				opportunity.amount(), opportunity.currency(), opportunity.closeDate(), null, null,
				lead.source().customerSource().name(), lead.description(), lead.ownerId(), null));
		return opportunities.putContact(opened.id(), contactId, null, opened.version()).id();
	}

	/**
	 * An existing contact now (also) works at the account, with the lead's title there.
	 */
	private long linkContact(long contactId, long accountId, Lead lead) {
		contacts.link(contactId, accountId, lead.title(), false);
		return contactId;
	}

	private ConversionCandidates candidates(Lead lead) {
		return finder.find(accountName(lead), lead.email(), lead.mobile());
	}

	private long createAccount(Lead lead) {
		boolean company = lead.companyName() != null;
		SaveAccount account = new SaveAccount(accountName(lead), company ? AccountKind.COMPANY : AccountKind.INDIVIDUAL,
				null, lead.industry(), null, null, lead.region(), lead.city(), null, null, null,
				company ? null : lead.phone(), company ? null : lead.email(), lead.source().customerSource(), null,
				LifecycleStage.PROSPECT, AccountStatus.ACTIVE, null, lead.ownerId());
		return accounts.create(account).id();
	}

	private static SaveContact contactOf(Lead lead) {
		return new SaveContact(lead.familyName(), lead.givenName(), null, lead.title(), lead.mobile(), lead.phone(),
				lead.email(), null, null, null, null, false, lead.city(), lead.description(), lead.ownerId());
	}

	/** An individual (a lead without a company) becomes an account of their own name. */
	private static String accountName(Lead lead) {
		return lead.companyName() != null ? lead.companyName() : lead.fullName();
	}

	private Lead locked(long id, long expectedVersion) {
		Lead lead = leads.findLocked(id).orElseThrow(() -> new RecordNotFoundException(Leads.RECORD_TYPE, id));
		access.checkChange(Leads.RECORD_TYPE, id, lead.ownerId());
		// a second conversion hears that the lead is converted, not that it is stale
		lead.requireConvertible();
		if (lead.version() != expectedVersion) {
			throw new StaleVersionException(Leads.RECORD_TYPE, id, expectedVersion, lead.version());
		}
		return lead;
	}

}
