package io.guanxi.sales.timeline;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.ContactService;
import io.guanxi.customer.SaveAccount;
import io.guanxi.customer.SaveContact;
import io.guanxi.customer.TimelineEntry;
import io.guanxi.customer.TimelineEntryPosted;
import io.guanxi.customer.TimelineService;
import io.guanxi.platform.NoticeText;
import io.guanxi.platform.Role;
import io.guanxi.relationship.BuyingRole;
import io.guanxi.sales.Opportunities;
import io.guanxi.sales.OpportunityStageChanged;
import io.guanxi.sales.OpportunityView;
import io.guanxi.sales.ProcessView;
import io.guanxi.sales.SalesProcesses;
import io.guanxi.sales.SaveOpportunity;
import io.guanxi.sales.StageOutcome;
import io.guanxi.sales.StageView;
import io.guanxi.sales.internal.SalesProcess;
import io.guanxi.sales.internal.SalesProcessRepository;
import io.guanxi.sales.internal.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * A deal's moves, wins and losses on its account's timeline, in the reader's language,
 * once per change however often the event arrives.
 */
@IntegrationTest
class DealTimelineIT {

	@Autowired
	MockMvc mvc;

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

	@Autowired
	TimelineService timeline;

	@Autowired
	CompletedEventPublications completed;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	EventSerializer serializer;

	TestUser rep;

	String unique;

	@BeforeEach
	void aRep() {
		rep = users.create(Role.SALES_REP, users.create(Role.SALES_MANAGER));
		unique = UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void aMoveAndALossEachPutOneEntryOnTheAccountAndTheContactsTimeline() throws Exception {
		long account = account("Move");
		long contact = as(() -> contacts.create(SaveContact.named("Chen", "Jing " + unique)).id());
		OpportunityView deal = open(account, "Move", null);
		OpportunityView withContact = as(
				() -> opportunities.putContact(deal.id(), contact, BuyingRole.DECISION_MAKER, deal.version()));
		OpportunityView needs = inNeeds(withContact);
		String name = "Move " + unique;

		assertThat(awaitSubjects(account, 2, Locale.ENGLISH)).containsExactly(
				"\u201c" + name + "\u201d moved from Registration to Needs",
				"New opportunity \u201c" + name + "\u201d in Registration");
		as(() -> opportunities.markLost(deal.id(), "Budget frozen", needs.version()));

		assertThat(awaitSubjects(account, 3, Locale.ENGLISH)).first()
			.isEqualTo("\u201c" + name + "\u201d lost at Needs");
		assertThat(awaitSubjects(account, 3, Locale.SIMPLIFIED_CHINESE)).containsExactly(
				"丢单：\u201c" + name + "\u201d（阶段：需求分析）", "商机\u201c" + name + "\u201d由商机报备进入需求分析",
				"新商机\u201c" + name + "\u201d，阶段：商机报备");
		TimelineEntry lost = posted(account, Locale.ENGLISH).get(0);
		assertThat(lost.body()).isEqualTo("Budget frozen");
		assertThat(lost.link()).isEqualTo("/opportunities/" + deal.id());
		assertThat(lost.channel()).isEqualTo(TimelineEntry.Channel.SYSTEM);
		assertThat(as(() -> timeline.forContact(contact, TimelineEntry.Channel.SYSTEM, null, 10)).items())
			.extracting(TimelineEntry::subject)
			.contains("\u201c" + name + "\u201d lost at Needs");

		mvc.perform(get("/accounts/{id}", account).with(users.session(rep)).locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(content().string(allOf(containsString("丢单：\u201c" + name + "\u201d（阶段：需求分析）"),
					containsString("href=\"/opportunities/" + deal.id() + "\""))));
		mvc.perform(get("/accounts/{id}", account).with(users.session(rep)).locale(Locale.ENGLISH))
			.andExpect(content().string(containsString("\u201c" + name + "\u201d moved from Registration to Needs")));
	}

	@Test
	void aWinPutsOneEntryWithTheAmountInBothLanguages() {
		long account = account("Win");
		ProcessView quick = quickProcess();
		OpportunityView deal = open(account, "Win", quick.id());
		long signed = quick.stages().get(1).id();
		as(() -> opportunities.moveToStage(deal.id(), signed, deal.version()));
		String name = "Win " + unique;

		assertThat(awaitSubjects(account, 2, Locale.ENGLISH)).containsExactly(
				"\u201c" + name + "\u201d won: 250,000.00 CNY",
				"New opportunity \u201c" + name + "\u201d in Talk " + unique);
		assertThat(awaitSubjects(account, 2, Locale.SIMPLIFIED_CHINESE)).first()
			.isEqualTo("赢单：\u201c" + name + "\u201d，金额 250,000.00 CNY");
	}

	@Test
	void aChangeDeliveredAgainMakesNoSecondEntry() {
		long account = account("Again");
		OpportunityView deal = open(account, "Again", null);
		awaitSubjects(account, 1, Locale.ENGLISH);
		OpportunityStageChanged change = completed.findAll()
			.stream()
			.map(publication -> publication.getEvent())
			.filter(event -> event instanceof OpportunityStageChanged moved && moved.opportunityId() == deal.id())
			.map(OpportunityStageChanged.class::cast)
			.findFirst()
			.orElseThrow();

		transactions.executeWithoutResult(status -> events.publishEvent(change));

		String ref = DealTimeline.sourceRef(change);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> completed.findAll()
				.stream()
				.filter(publication -> publication.getEvent() instanceof TimelineEntryPosted posted
						&& posted.sourceRef().equals(ref))
				.count() == 2);
		assertThat(posted(account, Locale.ENGLISH)).hasSize(1);
	}

	@Test
	void aTranslatedSubjectSurvivesTheEventRegistry() {
		TimelineEntryPosted event = TimelineEntryPosted.translated("sales", "opportunity:1:OPEN:2:now", 1L, List.of(3L),
				Instant.parse("2026-12-05T10:15:30.123456Z"), NoticeText.message("sales.timeline.moved",
						NoticeText.plain("Cloud"), NoticeText.message("sales.stage.NEEDS"), NoticeText.plain("Pilot")),
				null, "/opportunities/1");

		Object stored = serializer.serialize(event);

		assertThat(serializer.deserialize(stored, TimelineEntryPosted.class)).isEqualTo(event);
	}

	private OpportunityView inNeeds(OpportunityView deal) {
		OpportunityView current = deal;
		for (StageView.TaskView task : stage("REGISTRATION").tasks()) {
			long version = current.version();
			current = as(() -> opportunities.markTask(deal.id(), task.id(), true, version));
		}
		long version = current.version();
		return as(() -> opportunities.moveToStage(deal.id(), stage("NEEDS").id(), version));
	}

	private ProcessView quickProcess() {
		SalesProcess process = new SalesProcess("Quick " + unique);
		process.stages().add(new Stage(process, 1, "Talk " + unique, 30, StageOutcome.OPEN));
		process.stages().add(new Stage(process, 2, "Signed " + unique, 100, StageOutcome.WON));
		return processes.get(processRepository.saveAndFlush(process).id());
	}

	private StageView stage(String code) {
		return processes.defaultProcess()
			.stages()
			.stream()
			.filter(stage -> code.equals(stage.code()))
			.findFirst()
			.orElseThrow();
	}

	private List<String> awaitSubjects(long account, int count, Locale locale) {
		await().atMost(Duration.ofSeconds(20)).until(() -> posted(account, locale).size() >= count);
		return posted(account, locale).stream().map(TimelineEntry::subject).toList();
	}

	/** The account's entries posted by sales, newest first, as read in {@code locale}. */
	private List<TimelineEntry> posted(long account, Locale locale) {
		LocaleContextHolder.setLocale(locale);
		try {
			return as(() -> timeline.forAccount(account, TimelineEntry.Channel.SYSTEM, null, 50)).items()
				.stream()
				.filter(entry -> entry.source().equals(DealTimeline.SOURCE))
				.toList();
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

	private OpportunityView open(long account, String name, Long processId) {
		return as(() -> opportunities.create(new SaveOpportunity(account, name + " " + unique, new BigDecimal("250000"),
				"CNY", LocalDate.now().plusMonths(1), null, null, null, null, null, processId)));
	}

	private long account(String name) {
		return as(() -> accounts.create(new SaveAccount(name + " " + unique, null)).id());
	}

	private <T> T as(Supplier<T> work) {
		return users.as(rep, work);
	}

}
