package io.guanxi.customer.timeline;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.LogInteraction;
import io.guanxi.customer.SaveAccount;
import io.guanxi.customer.TimelineEntry;
import io.guanxi.customer.TimelineEntry.Channel;
import io.guanxi.customer.TimelineEntry.Direction;
import io.guanxi.customer.TimelineEntryPosted;
import io.guanxi.customer.TimelineService;
import io.guanxi.platform.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class TimelineIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	AccountService accounts;

	@Autowired
	TimelineService timeline;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	CompletedEventPublications completed;

	@Autowired
	JdbcClient jdbc;

	TestUser manager;

	TestUser rep;

	TestUser otherRep;

	long account;

	@BeforeEach
	void organisation() {
		manager = users.create(Role.SALES_MANAGER);
		rep = users.create(Role.SALES_REP, manager);
		otherRep = users.create(Role.SALES_REP);
		account = users.as(rep, () -> accounts.create(new SaveAccount("Timeline Co " + UUID.randomUUID(), null)).id());
	}

	@Test
	void pagesNewestFirstWithoutGapsOrDuplicatesWhenEntriesShareATime() throws Exception {
		Instant sameTime = Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
		List<Long> logged = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			logged.add(log(rep, call("Same time " + i, sameTime)).id());
		}
		logged.add(log(rep, call("Earlier", sameTime.minus(Duration.ofHours(1)))).id());
		logged.add(log(rep, call("Later", sameTime.plus(Duration.ofHours(1)))).id());

		List<TimelineEntry> walked = new ArrayList<>();
		String bearer = rep.bearer(users);
		String next = null;
		int pages = 0;
		do {
			var request = get("/api/v1/accounts/{id}/timeline", account).param("limit", "2")
				.header(HttpHeaders.AUTHORIZATION, bearer);
			if (next != null) {
				request.param("before", next);
			}
			String body = mvc.perform(request)
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			List<Integer> ids = JsonPath.read(body, "$.items[*].id");
			assertThat(ids).hasSizeLessThanOrEqualTo(2);
			ids.forEach(id -> walked.add(users.as(rep, () -> timeline.get(id))));
			next = JsonPath.read(body, "$.next");
			pages++;
		}
		while (next != null && pages < 20);

		// the account's own "created" entry (now) comes first, then the logged ones
		assertThat(walked).hasSize(8);
		assertThat(walked.get(0).channel()).isEqualTo(Channel.SYSTEM);
		assertThat(walked.stream().map(TimelineEntry::id)).doesNotHaveDuplicates().containsAll(logged);
		assertThat(walked).isSortedAccordingTo(
				Comparator.comparing(TimelineEntry::occurredAt).thenComparing(TimelineEntry::id).reversed());
		assertThat(walked.get(1).subject()).isEqualTo("Later");
		assertThat(walked.get(7).subject()).isEqualTo("Earlier");
		assertThat(pages).isEqualTo(4);
	}

	@Test
	void aRepCannotReadTheTimelineOfAnAccountTheyCannotSeeButTheirManagerCan() throws Exception {
		TimelineEntry entry = log(rep, call("Secret call", Instant.now().minus(Duration.ofHours(2))));

		mvc.perform(get("/api/v1/accounts/{id}/timeline", account).header(HttpHeaders.AUTHORIZATION,
				otherRep.bearer(users)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(
				get("/api/v1/interactions/{id}", entry.id()).header(HttpHeaders.AUTHORIZATION, otherRep.bearer(users)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/timeline/accounts/{id}", account).header("HX-Request", "true").with(users.session(otherRep)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/interactions").header(HttpHeaders.AUTHORIZATION, otherRep.bearer(users))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"accountId\": %d, \"channel\": \"CALL\", \"subject\": \"Sneaky\"}".formatted(account)))
			.andExpect(status().isNotFound());

		mvc.perform(
				get("/api/v1/accounts/{id}/timeline", account).header(HttpHeaders.AUTHORIZATION, manager.bearer(users)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[1].subject").value("Secret call"))
			.andExpect(jsonPath("$.items[1].authorName").value("Test " + rep.username()))
			.andExpect(jsonPath("$.items[1].changeable").value(true));
	}

	@Test
	void onlyTheAuthorAndThoseAboveThemChangeAnInteraction() {
		TimelineEntry managersNote = log(manager, call("Manager's call", Instant.now().minus(Duration.ofHours(1))));
		TimelineEntry seenByRep = users.as(rep, () -> timeline.get(managersNote.id()));
		assertThat(seenByRep.changeable()).isFalse();
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> users.as(rep,
					() -> timeline.update(managersNote.id(), call("Rewritten", Instant.now()), managersNote.version())))
			.isInstanceOf(io.guanxi.platform.AccessDeniedProblem.class);

		TimelineEntry repsCall = log(rep, call("Rep's call", Instant.now().minus(Duration.ofHours(1))));
		TimelineEntry corrected = users.as(manager,
				() -> timeline.update(repsCall.id(), call("Corrected by manager", repsCall.occurredAt()), 0));
		assertThat(corrected.subject()).isEqualTo("Corrected by manager");
		assertThat(corrected.version()).isEqualTo(1);
	}

	@Test
	void invalidInteractionsAreProblemDetailsListingTheField() throws Exception {
		String bearer = rep.bearer(users);
		mvc.perform(post("/api/v1/interactions").header(HttpHeaders.AUTHORIZATION, bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"accountId\": %d, \"channel\": \"CALL\", \"subject\": \" \"}".formatted(account)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("subject"))
			.andExpect(jsonPath("$.errors[0].message").value("Enter a subject."));

		String future = Instant.now().plus(Duration.ofDays(3)).toString();
		mvc.perform(post("/api/v1/interactions").header(HttpHeaders.AUTHORIZATION, bearer)
			.header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"accountId\": %d, \"channel\": \"MEETING\", \"subject\": \"Next week\", \"occurredAt\": \"%s\"}"
				.formatted(account, future)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("occurredAt"))
			.andExpect(jsonPath("$.errors[0].message").value("时间最多只能比现在晚一天。"));

		// a meeting later today may be logged ahead
		mvc.perform(post("/api/v1/interactions").header(HttpHeaders.AUTHORIZATION, bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"accountId\": %d, \"channel\": \"MEETING\", \"subject\": \"This afternoon\", \"occurredAt\": \"%s\"}"
						.formatted(account, Instant.now().plus(Duration.ofHours(3)))))
			.andExpect(status().isCreated());
	}

	@Test
	void theInlineFormShowsItsErrorsInTheUsersLanguage() throws Exception {
		mvc.perform(post("/timeline/accounts/{id}", account).param("channel", "CALL")
			.param("subject", "")
			.param("when", "2020-01-01T10:00")
			.header("HX-Request", "true")
			.locale(Locale.SIMPLIFIED_CHINESE)
			.with(users.session(rep))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("is-invalid"), containsString("请填写主题。"),
					containsString("data-testid=\"timeline-log-form\""), not(containsString("<html")))));

		mvc.perform(post("/timeline/accounts/{id}", account).param("channel", "CALL")
			.param("subject", "Too late")
			.param("when", java.time.LocalDateTime.now().plusDays(5).withNano(0).toString())
			.header("HX-Request", "true")
			.locale(Locale.ENGLISH)
			.with(users.session(rep))
			.with(csrf())).andExpect(content().string(containsString("The time may be at most one day from now.")));
	}

	@Test
	void aLoggedInteractionRefreshesTheSectionAndAppearsOnTheAccountPage() throws Exception {
		String subject = "电话沟通需求 " + UUID.randomUUID();
		mvc.perform(post("/timeline/accounts/{id}", account).param("channel", "CALL")
			.param("direction", "OUTBOUND")
			.param("subject", subject)
			.param("when", "2025-06-01T10:00")
			.param("durationMinutes", "25")
			.header("HX-Request", "true")
			.with(users.session(rep))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(header().string("HX-Retarget", "#timeline"))
			.andExpect(content().string(allOf(containsString("id=\"timeline\""), containsString(subject))));

		mvc.perform(get("/accounts/{id}", account).with(users.session(rep)).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(subject), containsString("bi-telephone"),
					containsString("25 min"), containsString("Account created"))));
	}

	@Test
	void theSuggestedTimeLeftAsItWasMeansNow() throws Exception {
		String minutesAgo = java.time.LocalDateTime.now().minusMinutes(3).truncatedTo(ChronoUnit.MINUTES).toString();
		mvc.perform(post("/timeline/accounts/{id}", account).param("channel", "NOTE")
			.param("subject", "Logged with the suggested time")
			.param("when", minutesAgo)
			.param("suggestedWhen", minutesAgo)
			.header("HX-Request", "true")
			.with(users.session(rep))
			.with(csrf())).andExpect(status().isOk());
		mvc.perform(post("/timeline/accounts/{id}", account).param("channel", "NOTE")
			.param("subject", "Logged with a chosen time")
			.param("when", minutesAgo)
			.param("suggestedWhen", java.time.LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES).toString())
			.header("HX-Request", "true")
			.with(users.session(rep))
			.with(csrf())).andExpect(status().isOk());

		List<TimelineEntry> items = users.as(rep, () -> timeline.forAccount(account, null, 10)).items();
		assertThat(items).extracting(TimelineEntry::subject)
			.containsExactly("Logged with the suggested time", "Account created", "Logged with a chosen time");
	}

	@Test
	void loadMoreAnswersTheNextRowsOnly() throws Exception {
		Instant start = Instant.now().minus(Duration.ofDays(30));
		for (int i = 0; i < 12; i++) {
			log(rep, call("Older call " + i, start.plus(Duration.ofMinutes(i))));
		}
		String page = mvc.perform(get("/accounts/{id}", account).with(users.session(rep)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("data-testid=\"timeline-more\"").doesNotContain("Older call 0<");
		String before = page.replaceAll("(?s).*timeline/accounts/" + account + "\\?before=([A-Za-z0-9_-]+).*", "$1");

		mvc.perform(get("/timeline/accounts/{id}", account).param("before", before)
			.header("HX-Request", "true")
			.with(users.session(rep)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Older call 0<"), containsString("Older call 2<"),
					not(containsString("Older call 3<")), not(containsString("<html")),
					not(containsString("timeline-more")))));
		mvc.perform(get("/timeline/accounts/{id}", account).param("channel", "EMAIL")
			.header("HX-Request", "true")
			.header("HX-Target", "timeline-entries")
			.with(users.session(rep))).andExpect(content().string(containsString("No interactions in this channel.")));
	}

	@Test
	void theSamePostedEventTwiceMakesOneEntry() {
		String ref = "opportunity:" + UUID.randomUUID() + ":won";
		TimelineEntryPosted event = new TimelineEntryPosted("sales", ref, account, List.of(),
				Instant.now().minus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.MILLIS), "Opportunity won",
				"Order of 120 units", "/opportunities/42");

		transactions.executeWithoutResult(status -> events.publishEvent(event));
		transactions.executeWithoutResult(status -> events.publishEvent(event));

		await().atMost(Duration.ofSeconds(20))
			.until(() -> completed.findAll().stream().filter(p -> event.equals(p.getEvent())).count() == 2);
		List<TimelineEntry> posted = users.as(rep, () -> timeline.forAccount(account, Channel.SYSTEM, null, 50))
			.items()
			.stream()
			.filter(entry -> entry.source().equals("sales"))
			.toList();
		assertThat(posted).singleElement().satisfies(entry -> {
			assertThat(entry.subject()).isEqualTo("Opportunity won");
			assertThat(entry.link()).isEqualTo("/opportunities/42");
			assertThat(entry.changeable()).isFalse();
		});
	}

	@Test
	void updatesAndDeletesNeedTheCurrentETag() throws Exception {
		String bearer = rep.bearer(users);
		String created = mvc.perform(post("/api/v1/interactions").header(HttpHeaders.AUTHORIZATION, bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"accountId\": %d, \"channel\": \"VISIT\", \"direction\": \"OUTBOUND\", \"subject\": \"拜访信息中心主任\"}"
						.formatted(account)))
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
			.andExpect(header().string(HttpHeaders.LOCATION, org.hamcrest.Matchers.startsWith("/api/v1/interactions/")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		String change = "{\"accountId\": %d, \"channel\": \"VISIT\", \"subject\": \"拜访信息中心主任（改）\", \"outcome\": \"约定演示\"}"
			.formatted(account);

		mvc.perform(put("/api/v1/interactions/{id}", id).header(HttpHeaders.AUTHORIZATION, bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content(change)).andExpect(status().isPreconditionRequired());
		mvc.perform(put("/api/v1/interactions/{id}", id).header(HttpHeaders.AUTHORIZATION, bearer)
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(change))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
			.andExpect(jsonPath("$.outcome").value("约定演示"));
		mvc.perform(put("/api/v1/interactions/{id}", id).header(HttpHeaders.AUTHORIZATION, bearer)
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(change))
			.andExpect(status().isPreconditionFailed())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(delete("/api/v1/interactions/{id}", id).header(HttpHeaders.AUTHORIZATION, bearer)
			.header(HttpHeaders.IF_MATCH, "\"1\"")).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/interactions/{id}", id).header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isNotFound());
	}

	@Test
	void aContactsTimelineShowsTheInteractionsTheyTookPartIn() throws Exception {
		long contact = contact("王芳 " + UUID.randomUUID().toString().substring(0, 6), rep, account);
		log(rep, new LogInteraction(account, Channel.MEETING, Direction.OUTBOUND, "方案演示会", null, null,
				Instant.now().minus(Duration.ofDays(2)), 60, List.of(contact), List.of(manager.id())));
		log(rep, new LogInteraction(null, Channel.MESSAGE, Direction.INBOUND, "微信咨询交付周期", null, null,
				Instant.now().minus(Duration.ofDays(1)), null, List.of(contact), List.of()));
		log(rep, call("Without the contact", Instant.now().minus(Duration.ofHours(1))));

		mvc.perform(get("/api/v1/contacts/{id}/timeline", contact).header(HttpHeaders.AUTHORIZATION, rep.bearer(users)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(2))
			.andExpect(jsonPath("$.items[0].subject").value("微信咨询交付周期"))
			.andExpect(jsonPath("$.items[0].accountId").isEmpty())
			.andExpect(jsonPath("$.items[1].participants[?(@.kind == 'USER')].name")
				.value(org.hamcrest.Matchers.hasItem("Test " + manager.username())))
			.andExpect(jsonPath("$.next").isEmpty());
		mvc.perform(get("/timeline/contacts/{id}", contact).header("HX-Request", "true").with(users.session(rep)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("方案演示会"), containsString("微信咨询交付周期"),
					not(containsString("Without the contact")), not(containsString("<html")))));
		mvc.perform(get("/api/v1/contacts/{id}/timeline", contact).header(HttpHeaders.AUTHORIZATION,
				otherRep.bearer(users)))
			.andExpect(status().isNotFound());
	}

	private long contact(String name, TestUser owner, long accountId) {
		long id = jdbc.sql("select nextval('customer_contact_seq')").query(Long.class).single();
		jdbc.sql("""
				insert into customer_contact (id, full_name, owner_id, do_not_contact, version, created_at, updated_at)
				values (:id, :name, :owner, false, 0, current_timestamp, current_timestamp)
				""").param("id", id).param("name", name).param("owner", owner.id()).update();
		jdbc.sql("""
				insert into customer_account_contact (account_id, contact_id, is_primary, created_at)
				values (:account, :contact, true, current_timestamp)
				""").param("account", accountId).param("contact", id).update();
		return id;
	}

	private LogInteraction call(String subject, Instant at) {
		return new LogInteraction(account, Channel.CALL, Direction.OUTBOUND, subject, null, null, at, 10, List.of(),
				List.of());
	}

	private TimelineEntry log(TestUser user, LogInteraction command) {
		return users.as(user, () -> timeline.log(command));
	}

}
