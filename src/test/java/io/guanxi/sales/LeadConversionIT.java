package io.guanxi.sales;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.AccountKind;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.AccountSummary;
import io.guanxi.customer.ContactAccount;
import io.guanxi.customer.ContactDetails;
import io.guanxi.customer.ContactService;
import io.guanxi.customer.CustomerKeys;
import io.guanxi.customer.Duplicates;
import io.guanxi.customer.MergeRecords;
import io.guanxi.customer.SaveAccount;
import io.guanxi.customer.SaveContact;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.platform.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Converting leads: existing accounts and contacts are found and used instead of
 * duplicated, a new one next to a duplicate needs asking for, a conversion is all or
 * nothing, and a lead converts once.
 */
@IntegrationTest
class LeadConversionIT {

	@Autowired
	TestUsers users;

	@Autowired
	Leads leads;

	@Autowired
	LeadConversion conversion;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Autowired
	CustomerKeys keys;

	@Autowired
	Opportunities opportunities;

	@Autowired
	Duplicates duplicates;

	TestUser rep;

	String unique;

	@BeforeEach
	void setUp() {
		rep = users.create(Role.SALES_REP);
		unique = UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void aLeadOfAnExistingCompanyAndPersonIsLinkedToThemInsteadOfDuplicated() {
		long account = as(() -> accounts.create(new SaveAccount("华为技术有限公司 " + unique, null)).id());
		long contact = as(() -> contacts.create(contact("Existing", unique + "@huawei.example")).id());
		LeadDetails lead = worked(lead("华为技术有限公司 " + unique, unique + "@HUAWEI.example"));

		ConversionCandidates found = as(() -> conversion.candidates(lead.id()));
		assertThat(found.accounts()).extracting(ConversionCandidates.AccountCandidate::id).contains(account);
		assertThat(found.accounts().get(0).sameName()).isTrue();
		assertThat(found.contacts()).singleElement().satisfies(candidate -> {
			assertThat(candidate.id()).isEqualTo(contact);
			assertThat(candidate.matches()).containsExactly(ConversionCandidates.Match.EMAIL);
		});
		assertThatThrownBy(() -> convert(lead, new ConvertLead(null, null, false, null)))
			.isInstanceOf(ConversionNeedsChoice.class);

		ConvertedLead converted = convert(lead, new ConvertLead(account, contact, false, null));

		assertThat(converted.accountId()).isEqualTo(account);
		assertThat(converted.contactId()).isEqualTo(contact);
		assertThat(converted.accountCreated()).isFalse();
		assertThat(converted.contactCreated()).isFalse();
		assertThat(accountsNamed("华为技术有限公司 " + unique)).hasSize(1);
		assertThat(as(() -> contacts.get(contact)).accounts()).extracting(ContactAccount::accountId)
			.containsExactly(account);
		LeadDetails after = as(() -> leads.get(lead.id()));
		assertThat(after.status()).isEqualTo(LeadStatus.CONVERTED);
		assertThat(after.convertedAccountId()).isEqualTo(account);
		assertThat(after.convertedContactId()).isEqualTo(contact);
		assertThat(after.convertedAt()).isNotNull();
	}

	@Test
	void aSimilarlyNamedAccountIsOfferedToo() {
		long account = as(() -> accounts.create(new SaveAccount("Siemens " + unique + " Ltd.", null)).id());
		LeadDetails lead = worked(lead("Siemens " + unique, unique + "@siemens.example"));

		ConversionCandidates found = as(() -> conversion.candidates(lead.id()));

		assertThat(found.accounts()).extracting(ConversionCandidates.AccountCandidate::id).containsExactly(account);
		assertThat(found.accounts().get(0).sameName()).isFalse();
	}

	@Test
	void createNewMakesASecondAccountAndContactNextToTheDuplicates() {
		as(() -> accounts.create(new SaveAccount("Acme " + unique, null)));
		as(() -> contacts.create(contact("Existing", unique + "@acme.example")));
		LeadDetails lead = worked(lead("Acme " + unique, unique + "@acme.example"));

		ConvertedLead converted = convert(lead, new ConvertLead(null, null, true, null));

		assertThat(converted.accountCreated()).isTrue();
		assertThat(converted.contactCreated()).isTrue();
		assertThat(accountsNamed("Acme " + unique)).hasSize(2);
		ContactDetails created = as(() -> contacts.get(converted.contactId()));
		assertThat(created.fullName()).isEqualTo(unique + " Lee");
		assertThat(created.email()).isEqualTo(unique + "@acme.example");
		assertThat(created.mobileE164()).isEqualTo("+8613800138000");
		assertThat(created.accounts()).extracting(ContactAccount::accountId).containsExactly(converted.accountId());
		assertThat(created.accounts().get(0).jobTitle()).isEqualTo("CTO");
	}

	@Test
	void aLeadWithoutDuplicatesNeedsNoChoiceAndALeadWithoutCompanyBecomesAnIndividual() {
		LeadDetails lead = worked(as(() -> leads.create(new SaveLead("王", unique, null, null, null, "13900139000", null,
				null, null, null, LeadSource.MANUAL, null, null, null))));

		ConvertedLead converted = convert(lead, new ConvertLead(null, null, false, null));

		assertThat(as(() -> accounts.get(converted.accountId())).kind()).isEqualTo(AccountKind.INDIVIDUAL);
		assertThat(as(() -> accounts.get(converted.accountId())).name()).isEqualTo("王" + unique);
	}

	@Test
	void aConversionThatFailsHalfwayLeavesNothingBehind() {
		TestUser other = users.create(Role.SALES_REP);
		long hidden = users.as(other, () -> contacts.create(contact("Hidden", unique + "@hidden.example")).id());
		LeadDetails lead = worked(lead("Halfway " + unique, unique + "@halfway.example"));

		// the account is made before the contact, which the rep may not use: everything
		// rolls back
		assertThatThrownBy(() -> convert(lead, new ConvertLead(null, hidden, true, null)))
			.isInstanceOf(RecordNotFoundException.class);

		assertThat(accountsNamed("Halfway " + unique)).isEmpty();
		LeadDetails after = as(() -> leads.get(lead.id()));
		assertThat(after.status()).isEqualTo(LeadStatus.QUALIFIED);
		assertThat(after.convertedAccountId()).isNull();
		assertThat(after.version()).isEqualTo(lead.version());
	}

	@Test
	void aConversionCanOpenAnOpportunityWithTheLeadsPersonOnIt() {
		LeadDetails lead = worked(lead("Deal " + unique, unique + "@deal.example"));

		ConvertedLead converted = convert(lead,
				new ConvertLead(null, null, false, new ConvertLead.NewOpportunity("Deal " + unique + ": 200 seats",
						new BigDecimal("480000"), null, null)));

		OpportunityView deal = as(() -> opportunities.get(converted.opportunityId()));
		assertThat(deal.accountId()).isEqualTo(converted.accountId());
		assertThat(deal.name()).isEqualTo("Deal " + unique + ": 200 seats");
		assertThat(deal.amount()).isEqualByComparingTo("480000");
		assertThat(deal.currency()).isEqualTo("CNY");
		assertThat(deal.ownerId()).isEqualTo(rep.id());
		assertThat(deal.source()).isEqualTo("EVENT");
		assertThat(deal.contacts()).extracting(OpportunityView.ContactOnDeal::contactId)
			.containsExactly(converted.contactId());
		assertThat(as(() -> leads.get(lead.id())).convertedOpportunityId()).isEqualTo(deal.id());
	}

	@Test
	void anOpportunityThatCannotBeSavedUndoesTheAccountAndContactToo() {
		LeadDetails lead = worked(lead("Undone " + unique, unique + "@undone.example"));

		assertThatThrownBy(() -> convert(lead,
				new ConvertLead(null, null, false, new ConvertLead.NewOpportunity("x".repeat(300), null, null, null))))
			.isInstanceOf(DataAccessException.class);

		assertThat(accountsNamed("Undone " + unique)).isEmpty();
		assertThat(as(() -> keys.contactsByEmail(List.of(unique + "@undone.example"))).get(unique + "@undone.example"))
			.isEmpty();
		assertThat(as(() -> leads.get(lead.id())).status()).isEqualTo(LeadStatus.QUALIFIED);
	}

	@Test
	void aConvertedLeadFollowsItsAccountIntoAMerge() {
		long survivor = as(() -> accounts.create(new SaveAccount("Survivor " + unique, null)).id());
		LeadDetails lead = worked(lead("Merged " + unique, unique + "@merged.example"));
		ConvertedLead converted = convert(lead, new ConvertLead(null, null, false, null));

		as(() -> duplicates.mergeAccounts(new MergeRecords(survivor, converted.accountId(),
				accounts.get(survivor).version(), accounts.get(converted.accountId()).version(), null)));

		assertThat(as(() -> leads.get(lead.id())).convertedAccountId()).isEqualTo(survivor);
	}

	@Test
	void aLeadIsConvertedOnlyOnce() {
		LeadDetails lead = worked(lead("Once " + unique, unique + "@once.example"));
		convert(lead, new ConvertLead(null, null, true, null));

		assertThatThrownBy(() -> convert(lead, new ConvertLead(null, null, true, null)))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("sales.lead.error.converted");
		assertThatThrownBy(() -> as(() -> leads.work(lead.id(), as(() -> leads.get(lead.id())).version())))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("sales.lead.error.converted");
		assertThat(accountsNamed("Once " + unique)).hasSize(1);
	}

	@Test
	void twoConversionsAtOnceConvertTheLeadOnce() throws Exception {
		LeadDetails lead = worked(lead("Twice " + unique, unique + "@twice.example"));
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Callable<ConvertedLead>> both = List.of(() -> convert(lead, new ConvertLead(null, null, true, null)),
					() -> convert(lead, new ConvertLead(null, null, true, null)));
			List<Object> outcomes = new ArrayList<>();
			for (Future<ConvertedLead> outcome : pool.invokeAll(both)) {
				try {
					outcomes.add(outcome.get());
				}
				catch (ExecutionException ex) {
					outcomes.add(ex.getCause());
				}
			}
			assertThat(outcomes).filteredOn(ConvertedLead.class::isInstance).hasSize(1);
			assertThat(outcomes).filteredOn(BusinessRuleException.class::isInstance)
				.singleElement()
				.extracting(outcome -> ((BusinessRuleException) outcome).messageKey())
				.isEqualTo("sales.lead.error.converted");
			assertThat(accountsNamed("Twice " + unique)).hasSize(1);
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void aNewLeadMustBeWorkedOnBeforeItConverts() {
		LeadDetails lead = lead("New " + unique, unique + "@new.example");

		assertThatThrownBy(() -> convert(lead, new ConvertLead(null, null, true, null)))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("sales.lead.error.transition");
	}

	private LeadDetails lead(String company, String email) {
		return as(() -> leads.create(new SaveLead("Lee", unique, company, "CTO", email, "138 0013 8000", null, null,
				null, null, LeadSource.EVENT, null, "Wants a demo", null)));
	}

	private LeadDetails worked(LeadDetails lead) {
		return as(() -> leads.qualify(lead.id(), leads.work(lead.id(), lead.version()).version()));
	}

	private ConvertedLead convert(LeadDetails lead, ConvertLead command) {
		return as(() -> conversion.convert(lead.id(), command, as(() -> leads.get(lead.id())).version()));
	}

	private List<AccountSummary> accountsNamed(String name) {
		TestUser admin = users.create(Role.ADMIN);
		return users.as(admin, () -> accounts.list(name, PageRequest.of(0, 10)))
			.stream()
			.filter(account -> account.name().equals(name))
			.toList();
	}

	private static SaveContact contact(String family, String email) {
		return new SaveContact(family, "Person", null, null, null, null, email, null, null, null, null, false, null,
				null, null);
	}

	private <T> T as(java.util.function.Supplier<T> work) {
		return users.as(rep, work);
	}

}
