package io.guanxi.sales;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.platform.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The opportunity pages: the form, the detail page with its checklist, stage moves,
 * contacts, competitors, documents and review, and who sees which controls.
 */
@IntegrationTest
@Import(DealFixtures.class)
class OpportunityPagesIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	DealFixtures fixtures;

	@Autowired
	Opportunities opportunities;

	@Autowired
	Competitors competitors;

	@Autowired
	StageApprovals approvals;

	@Autowired
	SalesDocuments documents;

	TestUser manager;

	TestUser rep;

	@BeforeEach
	void team() {
		manager = users.create(Role.SALES_MANAGER);
		rep = users.create(Role.SALES_REP, manager);
	}

	@Test
	void anOpportunityIsOpenedFromItsAccountAndTheFormNamesEachWrongField() throws Exception {
		long account = fixtures.account(rep, "华为 form");

		mvc.perform(get("/opportunities/new").param("accountId", String.valueOf(account)).with(users.session(rep)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-testid=\"form-account\">华为 form"),
					containsString("name=\"accountId\" value=\"" + account + "\""),
					containsString("Chosen automatically"))));
		mvc.perform(post("/opportunities").with(users.session(rep))
			.with(csrf())
			.param("accountId", String.valueOf(account))
			.param("name", " ")
			.param("amount", "-5")
			.param("currency", "CNY"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Give the opportunity a name."),
					containsString("Enter an amount of 0 or more"))));
		mvc.perform(post("/opportunities").with(users.session(rep))
			.with(csrf())
			.header("Accept-Language", "zh-CN")
			.param("name", "无客户"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"account-error\"")));

		String location = mvc
			.perform(post("/opportunities").with(users.session(rep))
				.with(csrf())
				.param("accountId", String.valueOf(account))
				.param("name", "Data centre")
				.param("amount", "1200000")
				.param("currency", "CNY")
				.param("closeDate", "2027-03-31")
				.param("source", "REFERRAL"))
			.andExpect(redirectedUrlPattern("/opportunities/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		mvc.perform(get(location).with(users.session(rep)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-testid=\"deal-name\">Data centre"),
					containsString("¥1,200,000"), containsString("data-testid=\"deal-stage\">Registration"),
					containsString("Register the deal so that nobody else"), containsString("2027-03-31"),
					containsString("Referral"))));
	}

	@Test
	void aStaleEditSaysSoAndKeepsWhatTheUserTyped() throws Exception {
		OpportunityView deal = fixtures.open(rep, "Stale");
		mvc.perform(get("/opportunities/" + deal.id() + "/edit").with(users.session(rep)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"version\" value=\"" + deal.version() + "\""),
					containsString("value=\"" + deal.name() + "\""))));
		fixtures
			.as(manager,
					() -> opportunities.update(
							deal.id(), new SaveOpportunity(deal.accountId(), "By manager", deal.amount(),
									deal.currency(), deal.closeDate(), null, null, null, null, null, null),
							deal.version()));

		mvc.perform(post("/opportunities/" + deal.id()).with(users.session(rep))
			.with(csrf())
			.param("version", String.valueOf(deal.version()))
			.param("accountId", String.valueOf(deal.accountId()))
			.param("name", "My new name")
			.param("currency", "CNY"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Somebody else changed this record"),
					containsString("value=\"My new name\""))));
		assertThat(fixtures.as(rep, () -> opportunities.get(deal.id())).name()).isEqualTo("By manager");
	}

	@Test
	void aRefusedMoveShowsEachMissingControlPointAndTheChecklistThenLetsItMoveOn() throws Exception {
		OpportunityView deal = fixtures.open(rep, "Mover");
		StageView registration = fixtures.stage("REGISTRATION");
		StageView needs = fixtures.stage("NEEDS");

		mvc.perform(get("/opportunities/" + deal.id()).with(users.session(rep)))
			.andExpect(content().string(allOf(containsString("Still needed before Needs"),
					containsString("Registration: a customer contact on the deal is missing"))));
		mvc.perform(
				htmx(post("/opportunities/" + deal.id() + "/stage"), rep).param("stageId", String.valueOf(needs.id()))
					.param("version", String.valueOf(deal.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("<html")), containsString("data-testid=\"refusal\""),
					containsString("cannot move to Needs yet: 3 control point(s) are not met."),
					containsString("Registration: the task “Register the opportunity” is not done"),
					containsString("Registration: the task “Identify the customer&#39;s contacts” is not done"),
					containsString("Registration: a customer contact on the deal is missing"))));
		// a plain form post is redirected to the page, which shows the refusal once
		mvc.perform(post("/opportunities/" + deal.id() + "/stage").with(users.session(rep))
			.with(csrf())
			.param("stageId", String.valueOf(needs.id()))
			.param("version", String.valueOf(deal.version())))
			.andExpect(redirectedUrl("/opportunities/" + deal.id()))
			.andExpect(flash().attributeExists("refusal"));

		long contact = fixtures.contactAt(rep, deal.accountId(), "陈", "静");
		mvc.perform(
				htmx(post("/opportunities/" + deal.id() + "/contacts"), rep).param("contactId", String.valueOf(contact))
					.param("role", "DECISION_MAKER")
					.param("version", String.valueOf(deal.version())))
			.andExpect(content().string(allOf(containsString("gx-role-DECISION_MAKER"), containsString("陈静"))));
		long version = deal.version() + 1;
		for (StageView.TaskView task : registration.tasks()) {
			mvc.perform(htmx(post("/opportunities/" + deal.id() + "/tasks/" + task.id()), rep).param("done", "true")
				.param("version", String.valueOf(version++))).andExpect(status().isOk());
		}
		mvc.perform(
				htmx(post("/opportunities/" + deal.id() + "/stage"), rep).param("stageId", String.valueOf(needs.id()))
					.param("version", String.valueOf(version)))
			.andExpect(content().string(
					allOf(containsString("Moved to the new stage."), containsString("data-testid=\"deal-stage\">Needs"),
							containsString("Registration → Needs"), containsString("Clarify the needs"))));
	}

	@Test
	void aTeamMemberWhoMayNotEditSeesNoControlsAndIsRefusedEveryChange() throws Exception {
		OpportunityView deal = fixtures.open(rep, "Read only");
		TestUser marketing = users.create(Role.MARKETING);
		OpportunityView withMember = fixtures.as(rep,
				() -> opportunities.putMember(deal.id(), marketing.id(), TeamRole.MARKETING, false, deal.version()));
		fixtures.as(rep, () -> competitors.add(deal.id(), new SaveCompetitor("Rival", "Cheap", null)));

		mvc.perform(get("/opportunities/" + deal.id()).with(users.session(marketing)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-testid=\"deal-name\""), containsString("Rival"),
					not(containsString("data-testid=\"edit-deal\"")), not(containsString("data-testid=\"move-next\"")),
					not(containsString("/opportunities/" + deal.id() + "/tasks/")),
					not(containsString("data-testid=\"add-competitor\"")),
					not(containsString("data-testid=\"upload-document\"")), not(containsString("/competitors/")))));
		mvc.perform(post("/opportunities/" + deal.id() + "/stage").with(users.session(marketing))
			.with(csrf())
			.param("stageId", String.valueOf(fixtures.stage("NEEDS").id()))
			.param("version", String.valueOf(withMember.version()))).andExpect(status().isNotFound());
		mvc.perform(post("/opportunities/" + deal.id() + "/competitors").with(users.session(marketing))
			.with(csrf())
			.param("name", "Sneaky")).andExpect(status().isNotFound());
		mvc.perform(get("/opportunities/" + deal.id() + "/edit").with(users.session(marketing)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/opportunities/" + deal.id()).with(users.session(users.create(Role.SALES_REP))))
			.andExpect(status().isNotFound());
	}

	@Test
	void aCompetitorsNameIsShownAsTextNeverAsMarkup() throws Exception {
		OpportunityView deal = fixtures.open(rep, "XSS");

		mvc.perform(htmx(post("/opportunities/" + deal.id() + "/competitors"), rep).param("name", " ")
			.param("strengths", "kept"))
			.andExpect(content()
				.string(allOf(containsString("Name the competitor."), containsString(">kept</textarea>"))));
		mvc.perform(post("/opportunities/" + deal.id() + "/competitors").with(users.session(rep))
			.with(csrf())
			.param("name", "<script>alert('x')</script>")
			.param("weaknesses", "<b>slow</b>")).andExpect(redirectedUrl("/opportunities/" + deal.id()));

		mvc.perform(get("/opportunities/" + deal.id()).with(users.session(rep)))
			.andExpect(content().string(allOf(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"),
					containsString("&lt;b&gt;slow&lt;/b&gt;"), not(containsString("<script>alert")),
					not(containsString("<b>slow")))));
	}

	@Test
	void aCompetitorIsChangedOnItsOwnFormAndDeletedFromThePage() throws Exception {
		OpportunityView deal = fixtures.open(rep, "Rivals");
		CompetitorView rival = fixtures.as(rep, () -> competitors.add(deal.id(), new SaveCompetitor("浪潮", null, null)));
		String edit = "/opportunities/" + deal.id() + "/competitors/" + rival.id();

		mvc.perform(get(edit + "/edit").with(users.session(rep)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("value=\"浪潮\""), containsString("name=\"version\" value=\"0\""))));
		mvc.perform(post(edit).with(users.session(rep))
			.with(csrf())
			.param("version", "0")
			.param("name", "浪潮信息")
			.param("strengths", "价格低")).andExpect(redirectedUrl("/opportunities/" + deal.id() + "#competitors"));
		mvc.perform(post(edit).with(users.session(rep)).with(csrf()).param("version", "0").param("name", "浪潮 again"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("Somebody else changed this record"), containsString("value=\"浪潮 again\""))));

		mvc.perform(htmx(post(edit + "/delete"), rep).param("version", "1"))
			.andExpect(content().string(allOf(containsString("Competitor deleted."),
					containsString("No competitors recorded yet."), not(containsString("浪潮信息")))));
	}

	@Test
	void aFileIsUploadedDownloadedAndDeletedOnThePage() throws Exception {
		OpportunityView deal = fixtures.open(rep, "Files");
		byte[] bid = "bid".getBytes(StandardCharsets.UTF_8);

		mvc.perform(multipart("/opportunities/" + deal.id() + "/documents")
			.file(new MockMultipartFile("file", "投标文件.docx", "application/msword", bid))
			.param("kind", "BID")
			.with(users.session(rep))
			.with(csrf())
			.header("HX-Request", "true"))
			.andExpect(content().string(allOf(containsString("File uploaded."), containsString("投标文件.docx"),
					containsString("Bid document"), containsString("3 B"))));
		long documentId = fixtures.as(rep, () -> documents.of(deal.id()).get(0).id());
		mvc.perform(get("/opportunities/" + deal.id() + "/documents/" + documentId).with(users.session(rep)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/msword"))
			.andExpect(content().bytes(bid))
			.andExpect(header().string("Content-Disposition", containsString("attachment;")));
		mvc.perform(multipart("/opportunities/" + deal.id() + "/documents")
			.file(new MockMultipartFile("file", "", "application/octet-stream", new byte[0]))
			.param("kind", "OTHER")
			.with(users.session(rep))
			.with(csrf())
			.header("HX-Request", "true")).andExpect(content().string(containsString("Choose a file to upload")));

		mvc.perform(htmx(post("/opportunities/" + deal.id() + "/documents/" + documentId + "/delete"), rep))
			.andExpect(content().string(allOf(containsString("File deleted."), containsString("No documents yet."))));
	}

	@Test
	void aLostDealNeedsAReasonAndThenGetsItsReview() throws Exception {
		OpportunityView deal = fixtures.open(rep, "Lost");

		mvc.perform(htmx(post("/opportunities/" + deal.id() + "/lost"), rep).param("reason", "")
			.param("version", String.valueOf(deal.version())))
			.andExpect(content().string(containsString("Say why the deal was lost.")));
		mvc.perform(htmx(post("/opportunities/" + deal.id() + "/lost"), rep).param("reason", "价格太高")
			.param("version", String.valueOf(deal.version())))
			.andExpect(content().string(allOf(containsString("data-testid=\"deal-status\">Lost"),
					containsString("价格太高"), containsString("data-testid=\"review-form\""),
					containsString("Lost mainly because of"), containsString("Reopen at Registration"))));

		mvc.perform(htmx(post("/opportunities/" + deal.id() + "/review"), rep).param("lessons", "Talk to finance"))
			.andExpect(content().string(
					allOf(containsString("Choose why the deal was won or lost."), containsString("Talk to finance"))));
		mvc.perform(htmx(post("/opportunities/" + deal.id() + "/review"), rep).param("reasonCategory", "PRICE")
			.param("whatDidNot", "We quoted late")
			.param("lessons", "Talk to finance"))
			.andExpect(content().string(allOf(containsString("Review saved."),
					containsString("data-testid=\"review-reason\">Price"), containsString("We quoted late"))));
	}

	@Test
	void aManagerApprovesOnThePageWhatTheRepAskedFor() throws Exception {
		ProcessView process = fixtures.processWithGate(GateKind.APPROVAL, null);
		OpportunityView deal = fixtures.openIn(rep, process, "Approval");

		mvc.perform(htmx(post("/opportunities/" + deal.id() + "/approvals"), rep))
			.andExpect(content().string(allOf(containsString("Approval requested"),
					containsString("data-testid=\"approval-status\">Waiting"),
					not(containsString("data-testid=\"approve\"")))));
		mvc.perform(get("/opportunities/" + deal.id()).with(users.session(manager)))
			.andExpect(content().string(containsString("data-testid=\"approve\"")));
		long requestId = fixtures.as(rep, () -> approvals.of(deal.id()).get(0).id());
		mvc.perform(
				htmx(post("/opportunities/" + deal.id() + "/approvals/" + requestId), manager).param("approve", "true")
					.param("note", "OK"))
			.andExpect(content().string(allOf(containsString("Approved."), containsString("All control points are met"),
					containsString("data-testid=\"approval-status\">Approved"))));
	}

	@Test
	void theAccountPageListsItsOpenAndClosedDeals() throws Exception {
		OpportunityView open = fixtures.open(rep, "Account page");
		OpportunityView lost = fixtures.as(rep,
				() -> opportunities.create(new SaveOpportunity(open.accountId(), "Old deal", new BigDecimal("50000"),
						"USD", LocalDate.of(2026, 1, 1), null, null, null, null, null, null)));
		fixtures.as(rep, () -> opportunities.markLost(lost.id(), "Budget", lost.version()));

		mvc.perform(get("/accounts/" + open.accountId()).with(users.session(rep)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("data-testid=\"account-opportunities\""), containsString(open.name()),
						containsString("Old deal"), containsString("¥1,200,000 open"), containsString("US$50,000"),
						containsString("/opportunities/new?accountId=" + open.accountId()), containsString(">Lost<"))));
	}

	private MockHttpServletRequestBuilder htmx(MockHttpServletRequestBuilder request, TestUser user) {
		return request.with(users.session(user)).with(csrf()).header("HX-Request", "true");
	}

}
