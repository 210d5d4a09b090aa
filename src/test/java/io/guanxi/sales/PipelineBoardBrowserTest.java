package io.guanxi.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.options.BoundingBox;
import io.guanxi.BrowserSupport;
import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.ContactService;
import io.guanxi.customer.SaveAccount;
import io.guanxi.customer.SaveContact;
import io.guanxi.platform.Role;
import io.guanxi.relationship.BuyingRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dragging cards across the board of the default process: a deal whose registration is
 * done moves to Needs; one whose registration is not is put back, and the board says
 * which control points are missing.
 */
@IntegrationTest
class PipelineBoardBrowserTest extends BrowserSupport {

	@Autowired
	TestUsers users;

	@Autowired
	Opportunities opportunities;

	@Autowired
	SalesProcesses processes;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	TestUser rep;

	String unique;

	long registration;

	long needs;

	@BeforeEach
	void rep() {
		rep = users.create(Role.SALES_REP);
		unique = UUID.randomUUID().toString().substring(0, 8);
		registration = stage("REGISTRATION").id();
		needs = stage("NEEDS").id();
	}

	@Test
	void aPreparedDealMovesAndAnUnpreparedOneIsPutBackWithItsReasons() {
		OpportunityView ready = registered(open("Ready deal", "100000"));
		OpportunityView unready = open("Unready deal", "50000");
		signIn(rep.username(), TestUsers.PASSWORD);
		page.navigate(url("/pipeline"));
		awaitBoard();
		Locator needsColumn = page.getByTestId("column-" + needs);
		assertThat(needsColumn.getByTestId("column-count")).hasText("0");
		screenshot("pipeline-board");

		drag(card(ready.id()), needsColumn.locator("[data-board-cards]"));

		assertThat(needsColumn.locator(cardSelector(ready.id()))).isVisible();
		assertThat(needsColumn.getByTestId("column-count")).hasText("1");
		assertThat(needsColumn.getByTestId("column-amount")).hasText("CN¥100K");
		assertThat(page.getByTestId("column-" + registration).getByTestId("column-count")).hasText("1");
		OpportunityView moved = users.as(rep, () -> opportunities.get(ready.id()));
		assertThat(moved.stage().code()).isEqualTo("NEEDS");
		assertThat(moved.version()).isGreaterThan(ready.version());

		awaitBoard();
		drag(card(unready.id()), needsColumn.locator("[data-board-cards]"));

		Locator problem = page.getByTestId("board-problem");
		assertThat(problem).containsText("The deal cannot move there yet");
		assertThat(problem).containsText("Registration: the task \u201cRegister the opportunity\u201d is not done");
		assertThat(problem).containsText("Registration: a customer contact on the deal is missing");
		assertThat(page.getByTestId("column-" + registration).locator(cardSelector(unready.id()))).isVisible();
		assertThat(needsColumn.locator(cardSelector(unready.id()))).hasCount(0);
		assertThat(needsColumn.getByTestId("column-count")).hasText("1");
		screenshot("pipeline-board-refused");
		OpportunityView refused = users.as(rep, () -> opportunities.get(unready.id()));
		assertThat(refused.stage().code()).isEqualTo("REGISTRATION");
		assertThat(refused.version()).isEqualTo(unready.version());
	}

	@Test
	void theReasonsComeInTheUsersLanguage() {
		OpportunityView unready = open("未准备的商机", "80000");
		signIn(rep.username(), TestUsers.PASSWORD);
		page.navigate(url("/pipeline"));
		page.getByTestId("lang-zh").click();
		awaitBoard();

		drag(card(unready.id()), page.getByTestId("column-" + needs).locator("[data-board-cards]"));

		Locator problem = page.getByTestId("board-problem");
		assertThat(problem).containsText("商机暂时不能进入该阶段");
		assertThat(problem.locator("li").first()).hasText("商机报备：任务“报备商机”尚未完成");
		assertThat(page.getByTestId("column-" + registration).locator(cardSelector(unready.id()))).isVisible();
		assertThat(users.as(rep, () -> opportunities.get(unready.id())).stage().code()).isEqualTo("REGISTRATION");
	}

	/**
	 * Drags with the mouse in small steps, as a person would: SortableJS draws the drag
	 * itself (forceFallback), so it follows mouse events rather than the browser's native
	 * drag and drop.
	 */
	private void drag(Locator card, Locator target) {
		card.scrollIntoViewIfNeeded();
		BoundingBox from = card.boundingBox();
		BoundingBox to = target.boundingBox();
		Mouse mouse = page.mouse();
		mouse.move(from.x + from.width / 2, from.y + 12);
		mouse.down();
		mouse.move(from.x + from.width / 2 + 10, from.y + 20, new Mouse.MoveOptions().setSteps(5));
		mouse.move(to.x + to.width / 2, to.y + 30, new Mouse.MoveOptions().setSteps(20));
		mouse.up();
	}

	private Locator card(long id) {
		return page.locator(cardSelector(id));
	}

	private static String cardSelector(long id) {
		return "[data-id='" + id + "']";
	}

	private void awaitBoard() {
		awaitScripts();
		page.waitForFunction(
				"() => window.Sortable !== undefined && document.getElementById('board').dataset.ready === 'true'");
	}

	/** Registration done: both tasks ticked and a contact on the deal. */
	private OpportunityView registered(OpportunityView deal) {
		long contact = users.as(rep, () -> contacts.create(SaveContact.named("Zhou", "Min " + unique)).id());
		OpportunityView current = users.as(rep,
				() -> opportunities.putContact(deal.id(), contact, BuyingRole.DECISION_MAKER, deal.version()));
		for (StageView.TaskView task : stage("REGISTRATION").tasks()) {
			long version = current.version();
			current = users.as(rep, () -> opportunities.markTask(deal.id(), task.id(), true, version));
		}
		return current;
	}

	private OpportunityView open(String name, String amount) {
		long account = users.as(rep, () -> accounts.create(new SaveAccount(name + " account " + unique, null)).id());
		return users.as(rep, () -> opportunities.create(new SaveOpportunity(account, name + " " + unique,
				new BigDecimal(amount), "CNY", LocalDate.now().plusMonths(1), null, null, null, null, null, null)));
	}

	private StageView stage(String code) {
		return processes.defaultProcess()
			.stages()
			.stream()
			.filter(stage -> code.equals(stage.code()))
			.findFirst()
			.orElseThrow();
	}

}
