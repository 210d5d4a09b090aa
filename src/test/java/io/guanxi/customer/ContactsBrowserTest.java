package io.guanxi.customer;

import java.util.UUID;

import com.microsoft.playwright.Locator;
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
class ContactsBrowserTest extends BrowserSupport {

	@Autowired
	TestUsers users;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Test
	void createAContactFromTheAccountPageAndSeeItThere() {
		TestUser rep = users.create(Role.SALES_REP);
		long account = users.as(rep, () -> accounts.create(new SaveAccount("华为技术有限公司", null)).id());
		signIn(rep.username(), TestUsers.PASSWORD);

		page.navigate(url("/accounts/" + account));
		awaitScripts();
		var section = page.getByTestId("account-contacts");
		assertThat(section).containsText("No contacts at this account yet.");
		section.getByText("Add contact").click();

		page.getByLabel("Family name").fill("张");
		page.getByLabel("Given name").fill("伟");
		page.getByLabel("English name or pinyin").fill("Wei Zhang");
		page.getByLabel("Job title").fill("采购总监");
		page.getByLabel("Mobile").fill("138 0013");
		page.getByLabel("E-mail").fill("Zhang.Wei@Huawei.example");
		page.getByLabel("Preferred channel").selectOption("WECHAT");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

		assertThat(page.locator("#mobile")).hasClass(java.util.regex.Pattern.compile("is-invalid"));
		assertThat(page.getByText("This is not a valid phone number")).isVisible();
		assertThat(page.getByLabel("Family name")).hasValue("张");
		screenshot("contact-form-errors");
		page.getByLabel("Mobile").fill("138 0013 8000");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

		page.waitForURL(address -> address.endsWith("/accounts/" + account));
		assertThat(section).containsText("张伟");
		assertThat(section).containsText("采购总监");
		assertThat(section).containsText("zhang.wei@huawei.example");
		screenshot("account-with-contacts");

		section.getByText("张伟").click();
		assertThat(page.getByTestId("contact-name")).hasText("张伟");
		assertThat(page.getByTestId("contact-accounts")).containsText("华为技术有限公司");
		assertThat(page.getByTestId("contact-facts")).containsText("WeChat");
		screenshot("contact-profile");

		page.setViewportSize(390, 844);
		screenshot("contact-profile-phone");
	}

	@Test
	void linkAnExistingContactBySearchingAndUnlinkAfterConfirming() {
		TestUser rep = users.create(Role.SALES_REP);
		String tag = UUID.randomUUID().toString().substring(0, 6);
		long account = users.as(rep, () -> accounts.create(new SaveAccount("Siemens Ltd., China", null)).id());
		users.as(rep,
				() -> contacts.create(new SaveContact("Weber", "Thomas", null, "Head of Procurement " + tag,
						"+86 138 0013 8181", null, "thomas.weber@siemens.example", null, null, "en",
						PreferredChannel.EMAIL, false, "Beijing", null, null)));
		signIn(rep.username(), TestUsers.PASSWORD);
		page.navigate(url("/accounts/" + account));
		awaitScripts();

		var section = page.getByTestId("account-contacts");
		page.getByLabel("Link an existing contact").pressSequentially("Thom");
		var candidate = page.getByTestId("contact-candidates").getByText("Thomas Weber");
		assertThat(candidate).isVisible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Link Thomas Weber")).click();
		assertThat(section.getByRole(AriaRole.LINK,
				new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Thomas Weber")))
			.isVisible();
		assertThat(section).containsText("Head of Procurement " + tag);
		screenshot("account-linked-contact");

		page.onceDialog(dialog -> dialog.accept());
		section
			.getByRole(AriaRole.BUTTON,
					new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Unlink Thomas Weber"))
			.click();
		assertThat(section).containsText("No contacts at this account yet.");
		assertThat(page).hasURL(url("/accounts/" + account));
	}

	@Test
	void theContactsListFiltersAsYouType() {
		TestUser rep = users.create(Role.SALES_REP);
		users.as(rep, () -> contacts.create(SaveContact.named("李", "娜")));
		users.as(rep, () -> contacts.create(SaveContact.named("Chen", "Emily")));
		signIn(rep.username(), TestUsers.PASSWORD);

		page.locator("#gx-nav")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Contacts").setExact(true))
			.click();
		assertThat(page.locator("#contact-results")).containsText("李娜");
		page.getByPlaceholder("Filter by name or e-mail").pressSequentially("emi");
		assertThat(page.locator("#contact-results")).not().containsText("李娜");
		assertThat(page.locator("#contact-results")).containsText("Emily Chen");
		screenshot("contacts-list");
	}

}
