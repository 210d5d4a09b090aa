package io.guanxi.sales;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import io.guanxi.BrowserSupport;
import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.customer.AccountService;
import io.guanxi.platform.Notifications;
import io.guanxi.sales.SalesFixtures.Catalogue;
import io.guanxi.sales.SalesFixtures.Team;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A rep quotes a discount above the threshold and submits it; their director approves it
 * from the list of quotes waiting for them; the rep finds it approved and prints it.
 */
@IntegrationTest
class QuoteBrowserTest extends BrowserSupport {

	@Autowired
	TestUsers users;

	@Autowired
	Products products;

	@Autowired
	PriceBooks priceBooks;

	@Autowired
	AccountService accounts;

	@Autowired
	Notifications notifications;

	@Test
	void aDiscountAboveTheThresholdWaitsForTheDirectorsApproval() {
		SalesFixtures fixtures = new SalesFixtures(users, products, priceBooks, accounts);
		Catalogue catalogue = fixtures.catalogue("CNY", "CRM", "2400", "IMPL", "3000");
		Team team = fixtures.team();
		long account = fixtures.account(team.rep(), "杭州海康威视");

		signIn(team.rep().username(), TestUsers.PASSWORD);
		page.navigate(url("/accounts/" + account));
		awaitScripts();
		page.getByTestId("new-quote").click();
		page.getByLabel("Title").fill("安防平台 CRM");
		page.getByLabel("Price book").selectOption(String.valueOf(catalogue.book().id()));
		page.getByTestId("save-quote").click();
		page.waitForURL(Pattern.compile(".*/quotes/\\d+$"));
		awaitScripts();
		String quotePath = page.url().substring(page.url().indexOf("/quotes/"));

		Locator addLine = page.getByTestId("add-line");
		addLine.getByLabel("Product").selectOption(String.valueOf(catalogue.product(0)));
		addLine.getByLabel("Quantity").fill("10");
		addLine.getByLabel("Discount (%)").fill("25");
		addLine.getByTestId("add-line-submit").click();
		assertThat(page.getByTestId("quote-line")).hasCount(1);
		assertThat(page.getByTestId("total")).hasText("CNY 18,000.00");
		assertThat(page.getByTestId("approval")).containsText("A discount of 25 % is above 15 %");
		page.getByTestId("submit").click();
		assertThat(page.getByTestId("status")).hasText("Waiting for approval");
		assertThat(page.getByTestId("approve")).hasCount(0);
		assertThat(page.getByTestId("send")).hasCount(0);
		screenshot("quote-waiting");
		signOut();

		await().atMost(Duration.ofSeconds(20)).until(() -> users.as(team.director(), notifications::unreadCount) > 0);
		signIn(team.director().username(), TestUsers.PASSWORD);
		page.navigate(url("/quotes"));
		awaitScripts();
		Locator waiting = page.getByTestId("awaiting-quote").filter(new Locator.FilterOptions().setHasText("安防平台 CRM"));
		assertThat(waiting).containsText("25 % off");
		waiting.getByRole(AriaRole.LINK).click();
		page.waitForURL(url(quotePath));
		awaitScripts();
		page.getByPlaceholder("Note (optional)").fill("同意，年底冲量");
		page.getByTestId("approve").click();
		assertThat(page.getByTestId("status")).hasText("Approved");
		signOut();

		signIn(team.rep().username(), TestUsers.PASSWORD);
		page.navigate(url(quotePath));
		awaitScripts();
		assertThat(page.getByTestId("status")).hasText("Approved");
		assertThat(page.getByTestId("decision")).containsText("Approved by Test " + team.director().username());
		assertThat(page.getByTestId("decision")).containsText("同意，年底冲量");
		assertThat(page.getByTestId("send")).isVisible();
		screenshot("quote-approved");
		page.setViewportSize(390, 844);
		screenshot("quote-approved-phone");

		page.setViewportSize(1280, 800);
		page.getByTestId("print").click();
		page.waitForURL(url(quotePath + "/print"));
		assertThat(page.getByTestId("print-line")).hasCount(1);
		assertThat(page.getByTestId("print-total")).hasText("CNY 18,000.00");
		assertThat(page.getByTestId("not-approved")).hasCount(0);
		screenshot("quote-print");
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
		assertThat(page.getByTestId("print-now")).isHidden();
		page.pdf(new Page.PdfOptions().setPath(shot("quote-print", "pdf")));
	}

	private void signOut() {
		page.getByTestId("user-menu").click();
		page.getByTestId("logout").click();
		page.waitForURL(address -> address.contains("/login"));
	}

	private static Path shot(String name, String extension) {
		return Paths.get("target", "screenshots", name + "." + extension);
	}

}
