package io.guanxi.sales;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.platform.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The opportunities API: creating with an Idempotency-Key, stage moves refused with their
 * reasons, optimistic locking, documents that meet a control point, competitors, reviews,
 * approvals and processes.
 */
@IntegrationTest
@Import(DealFixtures.class)
class OpportunityApiIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	DealFixtures fixtures;

	TestUser manager;

	TestUser rep;

	String bearer;

	@BeforeEach
	void signIn() {
		manager = users.create(Role.SALES_MANAGER);
		rep = users.create(Role.SALES_REP, manager);
		bearer = rep.bearer(users);
	}

	@Test
	void anOpportunityIsCreatedOnceForOneIdempotencyKeyAndInvalidFieldsAreProblems() throws Exception {
		long account = fixtures.account(rep, "Alibaba API");
		String key = UUID.randomUUID().toString();
		String body = """
				{"accountId": %d, "name": "Cloud migration", "amount": 880000, "closeDate": "2027-06-30",
				 "productLine": "Cloud"}""".formatted(account);

		String first = api(post("/api/v1/opportunities").header("Idempotency-Key", key), body)
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
			.andExpect(header().string(HttpHeaders.LOCATION, containsString("/api/v1/opportunities/")))
			.andExpect(jsonPath("$.stage.code").value("REGISTRATION"))
			.andExpect(jsonPath("$.currency").value("CNY"))
			.andExpect(jsonPath("$.probability").value(10))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(first, "$.id")).longValue();
		api(post("/api/v1/opportunities").header("Idempotency-Key", key), body).andExpect(status().isCreated())
			.andExpect(header().string("Idempotent-Replayed", "true"))
			.andExpect(jsonPath("$.id").value(id));
		mvc.perform(get("/api/v1/accounts/" + account + "/opportunities").header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(jsonPath("$.length()").value(1));

		api(post("/api/v1/opportunities"),
				"{\"accountId\": %d, \"name\": \"\", \"currency\": \"yuan\"}".formatted(account))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItem("name")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("currency")))
			.andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value("Give the opportunity a name."));
		api(put("/api/v1/opportunities/" + id), body).andExpect(status().isPreconditionRequired());
		api(put("/api/v1/opportunities/" + id).header(HttpHeaders.IF_MATCH, "\"0\""),
				body.replace("Cloud migration", "Cloud migration phase 1"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
			.andExpect(jsonPath("$.name").value("Cloud migration phase 1"));
	}

	@Test
	void aMoveWithMissingControlPointsIsAConflictThatListsThemAndAStaleOneFailsItsPrecondition() throws Exception {
		OpportunityView deal = fixtures.open(rep, "Mover API");
		StageView needs = fixtures.stage("NEEDS");
		String move = "{\"stageId\": %d}".formatted(needs.id());

		api(post("/api/v1/opportunities/" + deal.id() + "/stage"), move).andExpect(status().isPreconditionRequired());
		api(post("/api/v1/opportunities/" + deal.id() + "/stage").header(HttpHeaders.IF_MATCH, "\"0\""), move)
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("cannot move to Needs yet")))
			.andExpect(jsonPath("$.reasons")
				.value(contains("Registration: the task \u201cRegister the opportunity\u201d is not done",
						"Registration: the task \u201cIdentify the customer's contacts\u201d is not done",
						"Registration: a customer contact on the deal is missing")));
		mvc.perform(
				get("/api/v1/opportunities/" + deal.id() + "/stage/missing").header(HttpHeaders.AUTHORIZATION, bearer)
					.header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
			.andExpect(jsonPath("$.length()").value(3));

		long contact = fixtures.contactAt(rep, deal.accountId(), "周", "志强");
		api(put("/api/v1/opportunities/" + deal.id() + "/contacts/" + contact).header(HttpHeaders.IF_MATCH, "\"0\""),
				"{\"buyingRole\": \"CHAMPION\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.contacts[0].buyingRole").value("CHAMPION"))
			.andExpect(header().string(HttpHeaders.ETAG, "\"1\""));
		long version = 1;
		for (StageView.TaskView task : fixtures.stage("REGISTRATION").tasks()) {
			api(put("/api/v1/opportunities/" + deal.id() + "/tasks/" + task.id()).header(HttpHeaders.IF_MATCH,
					"\"" + version++ + "\""), "")
				.andExpect(status().isOk());
		}
		api(post("/api/v1/opportunities/" + deal.id() + "/stage").header(HttpHeaders.IF_MATCH, "\"1\""), move)
			.andExpect(status().isPreconditionFailed())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		api(post("/api/v1/opportunities/" + deal.id() + "/stage").header(HttpHeaders.IF_MATCH, "\"" + version + "\""),
				move)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stage.code").value("NEEDS"))
			.andExpect(jsonPath("$.probability").value(20));
		mvc.perform(
				get("/api/v1/opportunities/" + deal.id() + "/stage-history").header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(jsonPath("$[*].to.code").value(contains("REGISTRATION", "NEEDS")));

		api(post("/api/v1/opportunities/" + deal.id() + "/lost").header(HttpHeaders.IF_MATCH,
				"\"" + (version + 1) + "\""), "{\"reason\": \"\"}")
			.andExpect(status().isBadRequest());
		api(post("/api/v1/opportunities/" + deal.id() + "/lost").header(HttpHeaders.IF_MATCH,
				"\"" + (version + 1) + "\""), "{\"reason\": \"Budget frozen\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("LOST"))
			.andExpect(jsonPath("$.closeReason").value("Budget frozen"));
	}

	@Test
	void aDocumentGateIsMetByAnUploadedFileThatDownloadsAsItWasSent() throws Exception {
		ProcessView process = fixtures.processWithGate(GateKind.DOCUMENT, DocumentKind.PROPOSAL);
		OpportunityView deal = fixtures.openIn(rep, process, "Proposal API");
		String move = "{\"stageId\": %d}".formatted(process.stages().get(1).id());
		String base = "/api/v1/opportunities/" + deal.id();

		api(post(base + "/stage").header(HttpHeaders.IF_MATCH, "\"0\""), move).andExpect(status().isConflict())
			.andExpect(jsonPath("$.reasons").value(contains("Proposal: no proposal is attached")));
		byte[] pdf = "%PDF-1.4 方案".getBytes(StandardCharsets.UTF_8);
		mvc.perform(
				multipart(base + "/documents").file(new MockMultipartFile("file", "方案 v2.pdf", "application/pdf", pdf))
					.param("kind", "OTHER")
					.header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isCreated());
		api(post(base + "/stage").header(HttpHeaders.IF_MATCH, "\"0\""), move).andExpect(status().isConflict());
		String uploaded = mvc
			.perform(multipart(base + "/documents")
				.file(new MockMultipartFile("file", "C:\\docs\\方案 v3.pdf", "application/pdf", pdf))
				.param("kind", "PROPOSAL")
				.header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.fileName").value("方案 v3.pdf"))
			.andExpect(jsonPath("$.sizeBytes").value(pdf.length))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long documentId = ((Number) JsonPath.read(uploaded, "$.id")).longValue();

		mvc.perform(get(base + "/documents/" + documentId).header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(content().bytes(pdf))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("attachment")))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
					containsString("filename*=UTF-8''%E6%96%B9%E6%A1%88%20v3.pdf")));
		mvc.perform(get(base + "/documents").header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(jsonPath("$[*].kind").value(contains("PROPOSAL", "OTHER")));
		mvc.perform(multipart(base + "/documents")
			.file(new MockMultipartFile("file", "empty.txt", "text/plain", new byte[0]))
			.param("kind", "OTHER")
			.header(HttpHeaders.AUTHORIZATION, bearer)).andExpect(status().isConflict());
		mvc.perform(multipart(base + "/documents")
			.file(new MockMultipartFile("file", "huge.zip", "application/zip", new byte[10 * 1024 * 1024 + 1]))
			.param("kind", "OTHER")
			.header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("\u201chuge.zip\u201d is larger than 10 MB."));
		mvc.perform(get(base + "/documents/" + documentId).header(HttpHeaders.AUTHORIZATION,
				users.create(Role.SALES_REP).bearer(users)))
			.andExpect(status().isNotFound());

		api(post(base + "/stage").header(HttpHeaders.IF_MATCH, "\"0\""), move).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("WON"));
		mvc.perform(delete(base + "/documents/" + documentId).header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isNoContent());
	}

	@Test
	void competitorsAndTheReviewChangeOnlyWithTheirCurrentVersion() throws Exception {
		OpportunityView deal = fixtures.open(rep, "Competitors API");
		String base = "/api/v1/opportunities/" + deal.id();

		api(post(base + "/competitors"), "{\"name\": \" \"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		String created = api(post(base + "/competitors"), "{\"name\": \"阿里云\", \"strengths\": \"价格低\"}")
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long competitor = ((Number) JsonPath.read(created, "$.id")).longValue();
		api(put(base + "/competitors/" + competitor).header(HttpHeaders.IF_MATCH, "\"0\""),
				"{\"name\": \"阿里云\", \"weaknesses\": \"本地服务弱\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.weaknesses").value("本地服务弱"));
		api(delete(base + "/competitors/" + competitor).header(HttpHeaders.IF_MATCH, "\"0\""), "")
			.andExpect(status().isPreconditionFailed());
		mvc.perform(get("/api/v1/opportunities/" + fixtures.open(rep, "Other").id() + "/competitors/" + competitor)
			.header(HttpHeaders.AUTHORIZATION, bearer)).andExpect(status().isNotFound());

		String review = "{\"reasonCategory\": \"COMPETITOR\", \"reason\": \"阿里云报价低 20%\", \"lessons\": \"早做价值呈现\"}";
		api(put(base + "/review"), review).andExpect(status().isConflict());
		api(post(base + "/lost").header(HttpHeaders.IF_MATCH, "\"0\""), "{\"reason\": \"价格\"}")
			.andExpect(status().isOk());
		mvc.perform(get(base + "/review").header(HttpHeaders.AUTHORIZATION, bearer)).andExpect(status().isNotFound());
		api(put(base + "/review"), review).andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
			.andExpect(jsonPath("$.outcome").value("LOST"))
			.andExpect(jsonPath("$.reasonCategory").value("COMPETITOR"));
		api(put(base + "/review"), review).andExpect(status().isPreconditionRequired());
		api(put(base + "/review").header(HttpHeaders.IF_MATCH, "\"7\""), review)
			.andExpect(status().isPreconditionFailed());
		api(put(base + "/review").header(HttpHeaders.IF_MATCH, "\"0\""), "{\"reasonCategory\": \"PRICE\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reasonCategory").value("PRICE"))
			.andExpect(jsonPath("$.lessons").doesNotExist());
	}

	@Test
	void aManagerDecidesAnApprovalThatTheRepAskedForAndTheProcessesAreListed() throws Exception {
		ProcessView process = fixtures.processWithGate(GateKind.APPROVAL, null);
		OpportunityView deal = fixtures.openIn(rep, process, "Approval API");
		String base = "/api/v1/opportunities/" + deal.id();

		String asked = api(post(base + "/approvals"), "").andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long approval = ((Number) JsonPath.read(asked, "$.id")).longValue();
		api(post(base + "/approvals"), "").andExpect(status().isConflict());
		api(post(base + "/approvals/" + approval + "/decision"), "{\"approve\": true}")
			.andExpect(status().isConflict());
		mvc.perform(post(base + "/approvals/" + approval + "/decision")
			.header(HttpHeaders.AUTHORIZATION, manager.bearer(users))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"approve\": true, \"note\": \"Go\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.note").value("Go"));

		mvc.perform(get("/api/v1/sales-processes").header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].name", hasItem("Standard sales process")));
		mvc.perform(get("/api/v1/sales-processes/" + process.id()).header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isOk())
			.andExpect(header().exists(HttpHeaders.ETAG))
			.andExpect(jsonPath("$.stages[0].gates[0].kind").value("APPROVAL"));
	}

	private ResultActions api(MockHttpServletRequestBuilder request, String body) throws Exception {
		return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

}
