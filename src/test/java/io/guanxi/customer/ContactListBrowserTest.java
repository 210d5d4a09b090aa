package io.guanxi.customer;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.guanxi.BrowserSupport;
import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.platform.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@IntegrationTest
class ContactListBrowserTest extends BrowserSupport {

	@Autowired
	TestUsers users;

	@Autowired
	ContactService contacts;

	@Autowired
	AccountService accounts;

	@Test
	void filterSaveAViewAndOpenItAgainAlsoOnAPhone() {
		TestUser rep = users.create(Role.SALES_REP);
		long huawei = users.as(rep, () -> accounts.create(new SaveAccount("华为技术有限公司", null)).id());
		long liNa = users.as(rep, () -> contacts.create(contact("李", "娜", "财务总监", PreferredChannel.WECHAT)).id());
		users.as(rep, () -> contacts.link(liNa, huawei, null, true));
		users.as(rep, () -> contacts.create(contact("王", "芳", "采购经理", PreferredChannel.PHONE)));
		users.as(rep, () -> contacts.create(contact("Chen", "Emily", "Buyer", PreferredChannel.WECHAT)));
		signIn(rep.username(), TestUsers.PASSWORD);
		page.navigate(url("/contacts"));
		assertThat(page.getByTestId("total")).hasText("3 contacts");

		page.locator("#filter-channel").selectOption("WECHAT");
		assertThat(page.getByTestId("total")).hasText("2 contacts");
		page.locator("#filter-account").fill("华为");
		assertThat(page.getByTestId("total")).hasText("1 contact");
		assertThat(page.locator("#contact-results")).containsText("李娜");
		assertThat(page.locator("#contact-results")).not().containsText("Emily Chen");

		page.getByPlaceholder("Name of this view").fill("WeChat at Huawei");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save view")).click();
		// the save redirects to the view; on a loaded machine that can take longer than
		// an assertion waits
		page.waitForURL(Pattern.compile("[?&]view=\\d+"));
		assertThat(page.getByTestId("views")).containsText("WeChat at Huawei");
		screenshot("contact-list-view");

		page.getByTestId("views").getByText("All").click();
		assertThat(page.getByTestId("total")).hasText("3 contacts");
		page.getByTestId("views").getByText("WeChat at Huawei").click();
		assertThat(page.getByTestId("total")).hasText("1 contact");
		assertThat(page.locator("#filter-channel")).hasValue("WECHAT");
		assertThat(page.locator("#filter-account")).hasValue("华为");

		page.setViewportSize(390, 844);
		page.reload();
		assertThat(page.locator("#contact-results")).containsText("李娜");
		screenshot("contact-list-phone");
	}

	private static SaveContact contact(String family, String given, String title, PreferredChannel channel) {
		return new SaveContact(family, given, null, title, null, null, null, null, null, null, channel, false, null,
				null, null);
	}

}
