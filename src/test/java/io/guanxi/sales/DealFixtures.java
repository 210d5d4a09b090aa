package io.guanxi.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;

import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.ContactService;
import io.guanxi.customer.SaveAccount;
import io.guanxi.customer.SaveContact;
import io.guanxi.sales.internal.SalesProcess;
import io.guanxi.sales.internal.SalesProcessRepository;
import io.guanxi.sales.internal.Stage;
import io.guanxi.sales.internal.StageGate;
import io.guanxi.sales.internal.StageTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestComponent;

/** Accounts, contacts, processes and deals with unique names, for the deal tests. */
@TestComponent
class DealFixtures {

	@Autowired
	TestUsers users;

	@Autowired
	Opportunities opportunities;

	@Autowired
	SalesProcesses processes;

	@Autowired
	SalesProcessRepository processRepository;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	long account(TestUser owner, String name) {
		return users.as(owner, () -> accounts.create(new SaveAccount(name + " " + unique(), null)).id());
	}

	long contactAt(TestUser owner, long accountId, String family, String given) {
		return users.as(owner, () -> contacts.createAt(accountId, SaveContact.named(family, given + unique())).id());
	}

	/**
	 * A deal in the first stage of the default process, with an amount and a close date.
	 */
	OpportunityView open(TestUser owner, String name) {
		long accountId = account(owner, name);
		return users.as(owner, () -> opportunities.create(new SaveOpportunity(accountId, name + " " + unique(),
				new BigDecimal("1200000"), "CNY", LocalDate.now().plusMonths(2), null, null, null, null, null, null)));
	}

	OpportunityView openIn(TestUser owner, ProcessView process, String name) {
		long accountId = account(owner, name);
		return users.as(owner, () -> opportunities.create(new SaveOpportunity(accountId, name + " " + unique(), null,
				null, null, null, null, null, null, null, process.id())));
	}

	/** A process of two stages whose first one has a control point of the given kind. */
	ProcessView processWithGate(GateKind kind, DocumentKind document) {
		SalesProcess process = new SalesProcess("Gated process " + unique());
		Stage first = new Stage(process, 1, "Proposal", 50, StageOutcome.OPEN);
		first.gates().add(new StageGate(first, kind, null, kind == GateKind.DOCUMENT ? document : null));
		first.tasks().add(new StageTask(first, 1, "Optional task", false));
		process.stages().add(first);
		process.stages().add(new Stage(process, 2, "Signed", 100, StageOutcome.WON));
		return processes.get(processRepository.saveAndFlush(process).id());
	}

	StageView stage(String code) {
		return processes.defaultProcess()
			.stages()
			.stream()
			.filter(stage -> code.equals(stage.code()))
			.findFirst()
			.orElseThrow();
	}

	<T> T as(TestUser user, Supplier<T> work) {
		return users.as(user, work);
	}

}
