package io.guanxi.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.SaveAccount;
import io.guanxi.platform.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The process admin pages and API: who gets them, the stage form's rows, errors. */
@IntegrationTest
class SalesProcessPagesIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	SalesProcessAdmin admin;

	@Autowired
	SalesProcesses processes;

	@Autowired
	Opportunities opportunities;

	@Autowired
	AccountService accounts;

	TestUser administrator;

	TestUser manager;

	String unique;

	@BeforeEach
	void users() {
		administrator = users.create(Role.ADMIN);
		manager = users.create(Role.SALES_MANAGER);
		unique = UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void nonAdministratorsGetNeitherThePagesNorTheWrites() throws Exception {
		ProcessView standard = processes.defaultProcess();
		mvc.perform(get("/admin/sales-processes").with(users.session(manager))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/sales-processes/" + standard.id()).with(users.session(manager)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/sales-processes").header(HttpHeaders.AUTHORIZATION, manager.bearer(users))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Mine " + unique + "\"}"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(
				put("/api/v1/sales-processes/" + standard.id()).header(HttpHeaders.AUTHORIZATION, manager.bearer(users))
					.header(HttpHeaders.IF_MATCH, "\"" + standard.version() + "\"")
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"name\": \"Taken over\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(delete("/api/v1/sales-processes/999999").header(HttpHeaders.AUTHORIZATION, manager.bearer(users))
			.header(HttpHeaders.IF_MATCH, "\"0\"")).andExpect(status().isForbidden());
		assertThat(processes.get(standard.id()).name()).isEqualTo(standard.name());
	}

	@Test
	void theListAndTheEditorShowTheStagesInTheAdminsLanguage() throws Exception {
		ProcessView standard = processes.defaultProcess();
		mvc.perform(get("/admin/sales-processes").with(users.session(administrator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(standard.name())));
		mvc.perform(get("/admin/sales-processes/" + standard.id()).with(users.session(administrator))
			.locale(java.util.Locale.SIMPLIFIED_CHINESE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\u5fc5\u505a")))
			.andExpect(content().string(containsString("aria-label=\"\u5c06")));
		// the default process's names show translated; the form says until when
		StageView needs = standard.stages().get(1);
		mvc.perform(get("/admin/sales-processes/{p}/stages/{s}", standard.id(), needs.id())
			.with(users.session(administrator))
			.locale(java.util.Locale.SIMPLIFIED_CHINESE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + needs.name() + "\"")))
			.andExpect(content().string(containsString("\u201c\u9700\u6c42\u5206\u6790\u201d")));
	}

	@Test
	void theStageFormSavesItsRowsAndLeavesEmptyOnesOut() throws Exception {
		ProcessView process = define("Form");
		StageView first = process.stages().get(0);

		mvc.perform(post("/admin/sales-processes/{p}/stages/{s}", process.id(), first.id())
			.param("version", String.valueOf(process.version()))
			.param("name", "Discovery")
			.param("probability", "15")
			.param("outcome", "OPEN")
			.param("guidance", "Find the budget")
			.param("tasks[0].name", "Meet the CIO")
			.param("tasks[0].required", "true")
			.param("tasks[1].name", "")
			.param("tasks[2].name", "Send the brochure")
			.param("gates[0].kind", "FIELD")
			.param("gates[0].field", "AMOUNT")
			.param("gates[1].kind", "DOCUMENT")
			.param("gates[1].documentKind", "PROPOSAL")
			.param("gates[2].kind", "")
			.with(users.session(administrator))
			.with(csrf())).andExpect(redirectedUrl("/admin/sales-processes/" + process.id()));

		StageView saved = processes.get(process.id()).stage(first.id());
		assertThat(saved.name()).isEqualTo("Discovery");
		assertThat(saved.tasks()).extracting(StageView.TaskView::name, StageView.TaskView::required)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Meet the CIO", true),
					org.assertj.core.groups.Tuple.tuple("Send the brochure", false));
		assertThat(saved.gates()).extracting(StageView.GateView::kind)
			.containsExactlyInAnyOrder(GateKind.FIELD, GateKind.DOCUMENT);

		long task = saved.tasks().get(0).id();
		long version = processes.get(process.id()).version();
		mvc.perform(post("/admin/sales-processes/{p}/stages/{s}", process.id(), first.id())
			.param("version", String.valueOf(version))
			.param("name", "Discovery")
			.param("probability", "15")
			.param("tasks[0].id", String.valueOf(task))
			.param("tasks[0].name", "")
			.with(users.session(administrator))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Give the task a name")));
		mvc.perform(post("/admin/sales-processes/{p}/stages/{s}", process.id(), first.id())
			.param("version", String.valueOf(version))
			.param("name", "Discovery")
			.param("probability", "15")
			.param("gates[0].kind", "FIELD")
			.with(users.session(administrator))
			.with(csrf())).andExpect(status().isOk()).andExpect(content().string(containsString("Choose the field")));
		assertThat(processes.get(process.id()).version()).isEqualTo(version);
	}

	@Test
	void aStageWithDealsIsNotDeletedAndThePageSaysWhy() throws Exception {
		ProcessView two = define("Busy");
		ProcessView process = users.as(administrator,
				() -> admin.addStage(two.id(), new SaveStage("Demo", 40, null, null, null, null), two.version()));
		long account = users.as(manager, () -> accounts.create(new SaveAccount("Busy " + unique, null)).id());
		users.as(manager, () -> opportunities.create(new SaveOpportunity(account, "Busy deal " + unique, BigDecimal.TEN,
				"CNY", LocalDate.now(), null, "Busy " + unique, null, null, null, null)));
		long first = process.stages().get(0).id();

		mvc.perform(post("/admin/sales-processes/{p}/stages/{s}/delete", process.id(), first)
			.param("version", String.valueOf(process.version()))
			.with(users.session(administrator))
			.with(csrf()))
			.andExpect(redirectedUrl("/admin/sales-processes/" + process.id()))
			.andExpect(flash().attribute("error", containsString("1 opportunity(ies) are in the stage")));
		assertThat(processes.get(process.id()).stages()).hasSize(3);
	}

	@Test
	void movingAStageKeepsTheFocusOnItsButton() throws Exception {
		ProcessView process = define("Moves");
		ProcessView three = users.as(administrator, () -> admin.addStage(process.id(),
				new SaveStage("Demo", 40, null, null, null, null), process.version()));
		long demo = three.stages().get(1).id();

		mvc.perform(post("/admin/sales-processes/{p}/stages/{s}/move", process.id(), demo).param("step", "-1")
			.param("version", String.valueOf(three.version()))
			.with(users.session(administrator))
			.with(csrf()))
			.andExpect(redirectedUrl("/admin/sales-processes/" + process.id()))
			.andExpect(flash().attribute("moved", demo));
		assertThat(processes.get(process.id()).stages().get(0).id()).isEqualTo(demo);
		mvc.perform(get("/admin/sales-processes/" + process.id()).with(users.session(administrator))
			.flashAttr("moved", demo)
			.flashAttr("step", -1)).andExpect(content().string(containsString("autofocus")));
		mvc.perform(get("/admin/sales-processes/" + process.id()).with(users.session(administrator)))
			.andExpect(content().string(not(containsString("autofocus"))));
	}

	@Test
	void theApiChangesAProcessAtTheVersionItWasBasedOn() throws Exception {
		String token = administrator.bearer(users);
		String created = mvc
			.perform(post("/api/v1/sales-processes").header(HttpHeaders.AUTHORIZATION, token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"API " + unique + "\", \"productLine\": \"API " + unique + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().exists(HttpHeaders.ETAG))
			.andExpect(jsonPath("$.stages.length()").value(2))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = com.jayway.jsonpath.JsonPath.parse(created).read("$.id", Long.class);
		ProcessView process = processes.get(id);
		long stageId = process.stages().get(0).id();
		String stage = "{\"name\": \"Qualify\", \"probability\": 20, \"gates\": [{\"kind\": \"APPROVAL\"}]}";

		mvc.perform(put("/api/v1/sales-processes/{id}/stages/{s}", id, stageId).header(HttpHeaders.AUTHORIZATION, token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(stage)).andExpect(status().isPreconditionRequired());
		mvc.perform(put("/api/v1/sales-processes/{id}/stages/{s}", id, stageId).header(HttpHeaders.AUTHORIZATION, token)
			.header(HttpHeaders.IF_MATCH, "\"" + (process.version() + 7) + "\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(stage)).andExpect(status().isPreconditionFailed());
		mvc.perform(put("/api/v1/sales-processes/{id}/stages/{s}", id, stageId).header(HttpHeaders.AUTHORIZATION, token)
			.header(HttpHeaders.IF_MATCH, "\"" + process.version() + "\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Qualify\", \"probability\": 101}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("probability"));
		mvc.perform(put("/api/v1/sales-processes/{id}/stages/{s}", id, stageId).header(HttpHeaders.AUTHORIZATION, token)
			.header(HttpHeaders.IF_MATCH, "\"" + process.version() + "\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(stage))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.ETAG, not("\"" + process.version() + "\"")))
			.andExpect(jsonPath("$.stages[0].gates[0].kind").value("APPROVAL"));
		mvc.perform(delete("/api/v1/sales-processes/{id}/stages/{s}", id, processes.get(id).stages().get(1).id())
			.header(HttpHeaders.AUTHORIZATION, token)
			.header(HttpHeaders.IF_MATCH, "\"" + processes.get(id).version() + "\""))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("exactly one won stage")));
		mvc.perform(post("/api/v1/sales-processes/{id}/copies", id).header(HttpHeaders.AUTHORIZATION, token))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.active").value(false))
			.andExpect(jsonPath("$.stages[0].gates[0].kind").value("APPROVAL"));
	}

	private ProcessView define(String name) {
		return users.as(administrator,
				() -> admin.create(new SaveProcess(name + " " + unique, null, name + " " + unique, null, true, null)));
	}

}
