package io.guanxi.customer;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.guanxi.BrowserSupport;
import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.ProfileSection.Subject;
import io.guanxi.platform.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@IntegrationTest
class TagsFieldsBrowserTest extends BrowserSupport {

	@Autowired
	TestUsers users;

	@Autowired
	TagService tags;

	@Autowired
	CustomFieldService fields;

	@Autowired
	AccountService accounts;

	TestUser admin;

	CustomFieldDefinition rating;

	CustomFieldDefinition revenue;

	CustomFieldDefinition products;

	CustomFieldDefinition listed;

	@AfterEach
	void deleteFields() {
		users.as(admin, () -> {
			for (CustomFieldDefinition field : new CustomFieldDefinition[] { rating, revenue, products, listed }) {
				if (field != null) {
					fields.delete(field.id(), fields.get(field.id()).version());
				}
			}
			return null;
		});
	}

	@Test
	void addATagAndEditCustomFieldsInPlaceOnAnAccount() {
		String unique = UUID.randomUUID().toString().substring(0, 6);
		admin = users.create(Role.ADMIN);
		TestUser rep = users.create(Role.SALES_REP);
		String tagName = "重点客户 " + unique;
		users.as(admin, () -> tags.create(new SaveTag(tagName, "#dc3545")));
		rating = define("rating_" + unique, "Credit rating", "信用等级", FieldType.CHOICE, "AAA\nAA\nA\nB");
		revenue = define("revenue_" + unique, "Annual revenue", "年营业额", FieldType.NUMBER, null);
		products = define("products_" + unique, "Products of interest", "意向产品", FieldType.MULTI_CHOICE,
				"CRM\nERP\nCloud");
		listed = define("listed_" + unique, "Listed company", "上市公司", FieldType.BOOLEAN, null);
		long account = users.as(rep, () -> accounts.create(new SaveAccount("华为技术有限公司 " + unique, null)).id());

		signIn(rep.username(), TestUsers.PASSWORD);
		page.navigate(url("/accounts/" + account));
		awaitScripts();
		Locator tagsSection = page.getByTestId("tags-section");
		assertThat(tagsSection).containsText("No tags yet.");
		tagsSection.getByLabel("Add a tag")
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(tagName));
		tagsSection.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add")).click();
		assertThat(page.getByTestId("tag")).hasText(java.util.regex.Pattern.compile(tagName));

		Locator fieldsSection = page.getByTestId("fields-section");
		fieldsSection.getByTestId("fields-edit").click();
		Locator form = page.getByTestId("fields-form");
		form.getByLabel("Annual revenue").fill("704200000000.5");
		form.getByLabel("Credit rating").selectOption("AA");
		form.getByLabel("CRM").check();
		form.getByLabel("Cloud").check();
		form.getByLabel("Listed company").check();
		screenshot("account-fields-editing");
		form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
		assertThat(page.getByTestId("fields-form")).hasCount(0);
		assertThat(page.getByTestId("fields-section")).containsText("704,200,000,000.5");

		page.reload();
		assertThat(page.getByTestId("tag")).containsText(tagName);
		Locator saved = page.getByTestId("fields-section");
		assertThat(saved.locator("[data-field='" + rating.code() + "']")).hasText("AA");
		assertThat(saved.locator("[data-field='" + revenue.code() + "']")).hasText("704,200,000,000.5");
		assertThat(saved.locator("[data-field='" + products.code() + "']"))
			.hasText(java.util.regex.Pattern.compile("CRM\\s*Cloud"));
		assertThat(saved.locator("[data-field='" + listed.code() + "']")).hasText("Yes");
		screenshot("account-tags-and-fields");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove the tag " + tagName)).click();
		assertThat(page.getByTestId("tags-section")).containsText("No tags yet.");
		org.assertj.core.api.Assertions.assertThat(users.as(rep, () -> tags.tagsOf(Subject.ACCOUNT, account)))
			.isEmpty();
	}

	@Test
	void anAdministratorDefinesTagsAndFieldsOnTheirPages() {
		String unique = UUID.randomUUID().toString().substring(0, 6);
		admin = users.create(Role.ADMIN);
		signIn(admin.username(), TestUsers.PASSWORD);

		page.navigate(url("/admin/tags"));
		page.getByText("New tag").click();
		page.getByLabel("Name").fill("渠道伙伴 " + unique);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Saved");
		assertThat(page.locator("table")).containsText("渠道伙伴 " + unique);
		screenshot("admin-tags");
		page.onceDialog(dialog -> dialog.accept());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete the tag 渠道伙伴 " + unique)).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("deleted");
		assertThat(page.locator("table")).not().containsText("渠道伙伴 " + unique);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Custom fields")).click();
		page.getByText("New field").click();
		page.getByLabel("Label", new Page.GetByLabelOptions().setExact(true)).fill("Credit rating " + unique);
		page.getByLabel("Label in Chinese").fill("信用等级");
		page.getByLabel("Code").fill("Bad code");
		page.getByLabel("Type").selectOption("CHOICE");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(page.locator(".invalid-feedback").first()).isVisible();
		page.getByLabel("Code").fill("rating_" + unique);
		page.getByLabel("Options").fill("AAA\nAA\nA");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(page.locator("table")).containsText("rating_" + unique);
		rating = users.as(admin, () -> fields.definitions(Subject.ACCOUNT))
			.stream()
			.filter(field -> field.code().equals("rating_" + unique))
			.findFirst()
			.orElseThrow();
		org.assertj.core.api.Assertions.assertThat(rating.options()).containsExactly("AAA", "AA", "A");
		screenshot("admin-fields");
		page.getByTestId("lang-zh").click();
		assertThat(page.locator("table")).containsText("信用等级");
	}

	private CustomFieldDefinition define(String code, String label, String labelZh, FieldType type, String options) {
		return users.as(admin, () -> fields
			.create(new SaveCustomField(Subject.ACCOUNT, code, label, labelZh, type, options, false, true)));
	}

}
