package io.guanxi.sales.task;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.AccountService;
import io.guanxi.platform.Role;
import io.guanxi.sales.Deals;
import io.guanxi.sales.Opportunities;
import io.guanxi.sales.OpportunityView;
import io.guanxi.sales.SaveSalesTask;
import io.guanxi.sales.SalesTaskView;
import io.guanxi.sales.SalesTasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The task pages: "My tasks" with its groups, quick add and ticking off; the sections of
 * the account and the deal; the task form.
 */
@IntegrationTest
class TaskPagesIT {

	static final LocalDate TOMORROW = LocalDate.now(ZoneId.systemDefault()).plusDays(1);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	SalesTasks tasks;

	@Autowired
	AccountService accounts;

	@Autowired
	Opportunities opportunities;

	Deals deals;

	TestUser rep;

	@BeforeEach
	void aRep() {
		deals = new Deals(users, accounts, opportunities);
		rep = users.create(Role.SALES_REP, users.create(Role.SALES_MANAGER));
	}

	@Test
	void myTasksGroupsByDueTimeAndMarksTheOverdue() throws Exception {
		task("Overdue call", Instant.now().minus(Duration.ofDays(2)), null);
		task("Upcoming visit", Instant.now().plus(Duration.ofDays(3)), null);
		SalesTaskView done = task("Finished", Instant.now().plus(Duration.ofDays(1)), null);
		users.as(rep, () -> tasks.markDone(done.id(), true, done.version()));

		String page = mvc.perform(get("/tasks").with(users.session(rep)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(group(page, "overdue")).contains("Overdue call", "data-overdue=\"true\"", "Overdue")
			.doesNotContain("Upcoming visit");
		assertThat(group(page, "upcoming")).contains("Upcoming visit", "data-overdue=\"false\"")
			.doesNotContain("Overdue call");
		assertThat(group(page, "done")).contains("Finished", "text-decoration-line-through");
		assertThat(page).contains("href=\"/opportunities/on-my-team\"");
	}

	@Test
	void aQuickAddAndATickAnswerTheBoard() throws Exception {
		mvc.perform(post("/tasks/quick").with(users.session(rep))
			.with(csrf())
			.header("HX-Request", "true")
			.header("HX-Target", "my-tasks")
			.param("title", "Book the meeting room")
			.param("dueDate", TOMORROW.toString())
			.param("dueTime", "10:30"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("id=\"my-tasks\""), containsString("Book the meeting room"),
							containsString(TOMORROW + " 10:30"), not(containsString("<html")))));
		SalesTaskView added = users.as(rep, () -> tasks.mine().upcoming().get(0));

		mvc.perform(post("/tasks/{id}/done", added.id()).with(users.session(rep))
			.with(csrf())
			.header("HX-Request", "true")
			.header("HX-Target", "my-tasks")
			.param("done", "true")
			.param("version", String.valueOf(added.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mark \u201cBook the meeting room\u201d not done")));
		SalesTaskView ticked = users.as(rep, () -> tasks.get(added.id()));
		assertThat(ticked.done()).isTrue();
		// from the list of done tasks, which is loaded again
		mvc.perform(post("/tasks/{id}/done", added.id()).with(users.session(rep))
			.with(csrf())
			.header("HX-Request", "true")
			.header("HX-Target", "done-tasks")
			.param("done", "false")
			.param("back", "/tasks/done")
			.param("version", String.valueOf(ticked.version())))
			.andExpect(header().string("HX-Redirect", "/tasks/done"));
		assertThat(users.as(rep, () -> tasks.get(added.id())).done()).isFalse();

		mvc.perform(post("/tasks/quick").with(users.session(rep))
			.with(csrf())
			.param("title", "Without JavaScript")
			.param("dueDate", TOMORROW.toString())).andExpect(redirectedUrl("/tasks"));
	}

	@Test
	void aRefusedQuickAddSaysWhyInTheReadersLanguage() throws Exception {
		mvc.perform(post("/tasks/quick").with(users.session(rep))
			.with(csrf())
			.header("HX-Request", "true")
			.param("title", " ")
			.param("dueDate", TOMORROW.toString()))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("Say what is to be done."), containsString("is-invalid"))));
		mvc.perform(post("/tasks/quick").with(users.session(rep))
			.with(csrf())
			.header("HX-Request", "true")
			.locale(Locale.SIMPLIFIED_CHINESE)
			.param("title", "打电话")
			.param("dueDate", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("请选择截止日期。"), containsString("value=\"打电话\""))));
		assertThat(users.as(rep, () -> tasks.mine().empty())).isTrue();
	}

	@Test
	void theAccountPageListsItsOpenTasksAndAddsOneInPlace() throws Exception {
		long account = deals.account(rep, "Tasks Ltd");
		task("Check the contract", Instant.now().plus(Duration.ofDays(2)), account);

		mvc.perform(get("/accounts/{id}", account).with(users.session(rep)))
			.andExpect(content()
				.string(allOf(containsString("id=\"sales-tasks\""), containsString("Check the contract"))));
		mvc.perform(post("/accounts/{id}/sales-tasks", account).with(users.session(rep))
			.with(csrf())
			.header("HX-Request", "true")
			.param("title", "Send the invoice")
			.param("dueDate", TOMORROW.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Send the invoice"), containsString("Check the contract"),
					not(containsString("<html")))));
		assertThat(users.as(rep, () -> tasks.openForAccount(account))).hasSize(2);

		TestUser stranger = users.create(Role.SALES_REP);
		mvc.perform(
				get("/accounts/{id}/sales-tasks", account).with(users.session(stranger)).header("HX-Request", "true"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/accounts/{id}/sales-tasks", account).with(users.session(stranger))
			.with(csrf())
			.header("HX-Request", "true")
			.param("title", "Sneak in")
			.param("dueDate", TOMORROW.toString())).andExpect(status().isNotFound());
	}

	@Test
	void theDealSectionAnswersItsOwnEndpoints() throws Exception {
		OpportunityView deal = deals.open(rep, "Section deal");
		SalesTaskView task = users.as(rep, () -> tasks
			.create(SaveSalesTask.quick("Prepare the demo", Instant.now().plus(Duration.ofDays(1)), deal.id(), null)));

		mvc.perform(
				get("/opportunities/{id}/sales-tasks", deal.id()).with(users.session(rep)).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Prepare the demo"),
					containsString("action=\"/opportunities/" + deal.id() + "/sales-tasks\""))));
		mvc.perform(post("/opportunities/{id}/sales-tasks/{task}/done", deal.id(), task.id()).with(users.session(rep))
			.with(csrf())
			.header("HX-Request", "true")
			.param("done", "true")
			.param("version", String.valueOf(task.version())))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("No open tasks."), not(containsString("Prepare the demo")))));
		mvc.perform(post("/opportunities/{id}/sales-tasks", deal.id()).with(users.session(rep))
			.with(csrf())
			.param("title", "")
			.param("dueDate", TOMORROW.toString())
			.param("opportunityId", String.valueOf(deal.id())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-testid=\"task-form\""),
					containsString("Say what is to be done."), containsString(deals.named("Section deal")))));
	}

	@Test
	void theTaskFormShowsARefusedReminderByItsFieldAndDeletes() throws Exception {
		SalesTaskView task = task("Renewal talk", TOMORROW.atTime(15, 0).atZone(ZoneId.systemDefault()).toInstant(),
				null);

		mvc.perform(get("/tasks/{id}/edit", task.id()).param("back", "/tasks").with(users.session(rep)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("value=\"Renewal talk\""), containsString("value=\"15:00\""))));
		mvc.perform(post("/tasks/{id}", task.id()).with(users.session(rep))
			.with(csrf())
			.param("version", String.valueOf(task.version()))
			.param("title", "Renewal talk")
			.param("dueDate", TOMORROW.toString())
			.param("dueTime", "15:00")
			.param("remindDate", TOMORROW.plusDays(1).toString())
			.param("back", "/tasks"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("The reminder must come before the task is due."),
					containsString("is-invalid"))));
		mvc.perform(post("/tasks/{id}", task.id()).with(users.session(rep))
			.with(csrf())
			.param("version", String.valueOf(task.version()))
			.param("title", "Renewal talk")
			.param("dueDate", TOMORROW.toString())
			.param("dueTime", "15:00")
			.param("remindDate", TOMORROW.toString())
			.param("priority", "HIGH")
			.param("back", "https://elsewhere.example/")).andExpect(redirectedUrl("/tasks"));
		SalesTaskView changed = users.as(rep, () -> tasks.get(task.id()));
		assertThat(changed.remindAt()).isEqualTo(TOMORROW.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant());

		mvc.perform(post("/tasks/{id}/delete", task.id()).with(users.session(rep))
			.with(csrf())
			.header("HX-Request", "true")
			.param("version", String.valueOf(changed.version()))
			.param("back", "/tasks")).andExpect(header().string("HX-Redirect", "/tasks"));
		mvc.perform(get("/tasks/{id}/edit", task.id()).with(users.session(rep))).andExpect(status().isNotFound());
	}

	private SalesTaskView task(String title, Instant due, Long accountId) {
		return users.as(rep,
				() -> tasks.create(new SaveSalesTask(title, null, due, null, null, null, null, accountId)));
	}

	private static String group(String page, String name) {
		int start = page.indexOf("data-testid=\"tasks-" + name + "\"");
		assertThat(start).as("group " + name).isPositive();
		int end = page.indexOf("data-testid=\"tasks-", start + 10);
		return page.substring(start, end < 0 ? page.length() : end);
	}

}
