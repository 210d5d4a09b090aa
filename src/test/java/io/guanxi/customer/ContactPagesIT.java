package io.guanxi.customer;

import java.util.Locale;
import java.util.UUID;

import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.platform.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The contact pages and the contacts section of the account page, as a browser gets them.
 */
@IntegrationTest
class ContactPagesIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	ContactService contacts;

	@Autowired
	AccountService accounts;

	TestUser rep;

	String tag;

	@BeforeEach
	void signIn() {
		rep = users.create(Role.SALES_REP);
		tag = UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void theListShowsContactsWithTheirAccountsAndFiltersAsYouType() throws Exception {
		long account = users.as(rep, () -> accounts.create(new SaveAccount("小米科技 " + tag, null)).id());
		long contact = users
			.as(rep, () -> contacts.createAt(account, new SaveContact("雷", "军" + tag, null, "董事长", "138 0013 8000",
					null, "lei@xiaomi.example", null, null, null, null, false, null, null, null)))
			.id();

		mvc.perform(get("/contacts").with(users.session(rep)).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("雷军" + tag), containsString("董事长"),
					containsString("小米科技 " + tag), containsString("href=\"/accounts/" + account + "\""),
					containsString("href=\"/contacts/" + contact + "\""), containsString("138 0013 8000"),
					containsString("lei@xiaomi.example"), containsString("bi-person-lines-fill"))));
		mvc.perform(get("/contacts").param("q", "军" + tag)
			.header("HX-Request", "true")
			.header("HX-Target", "contact-results")
			.with(users.session(rep)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"contact-results\""), containsString("雷军" + tag),
					not(containsString("<html")))));
		mvc.perform(get("/contacts").param("q", "nobody-" + tag).with(users.session(rep)).locale(Locale.ENGLISH))
			.andExpect(content().string(containsString("No contact matches")));
	}

	@Test
	void theFormRendersInEnglishAndChinese() throws Exception {
		mvc.perform(get("/contacts/new").with(users.session(rep)).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("for=\"familyName\""), containsString("for=\"mobile\""),
					containsString("WeChat ID"), containsString("name=\"preferredChannel\""))));
		mvc.perform(get("/contacts/new").with(users.session(rep)).locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(content().string(allOf(containsString("新建联系人"), containsString("微信号"))));
	}

	@Test
	void invalidInputIsShownInlineWithReadableMessages() throws Exception {
		mvc.perform(post("/contacts").param("familyName", " ")
			.param("mobile", "12345")
			.param("email", "not an address")
			.with(users.session(rep))
			.with(csrf())
			.locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("is-invalid"), containsString("This is not a valid phone number"),
						containsString("Enter a family name or a given name."), containsString("value=\"12345\""))));
		mvc.perform(post("/contacts").param("givenName", "Wrong")
			.param("phone", "+1 555")
			.with(users.session(rep))
			.with(csrf())
			.locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不是此国家/地区的有效电话号码")));
	}

	@Test
	void aSavedContactOpensItsProfileWithHistory() throws Exception {
		String location = mvc
			.perform(post("/contacts").param("familyName", "Chen")
				.param("givenName", "Emily " + tag)
				.param("mobile", "+86 138-0013-8000")
				.param("email", " Emily@Example.COM")
				.param("birthday", "1990-05-17")
				.param("preferredChannel", "WECHAT")
				.param("preferredLanguage", "en")
				.param("notes", "First line\nSecond line")
				.param("_doNotContact", "on")
				.with(users.session(rep))
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/contacts/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		users.as(rep, () -> contacts.update(id, new SaveContact("Chen", "Emily " + tag, null, "CIO",
				"+86 138-0013-8000", null, null, null, null, null, null, true, null, null, null), 0));

		mvc.perform(get(location).with(users.session(rep)).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Emily " + tag + " Chen"),
					containsString("Do not contact"), containsString("Not linked to an account yet."),
					containsString("Job title"), containsString("CIO"), containsString("+86 138-0013-8000"),
					containsString("data-testid=\"history\""), containsString("Changed"))));
		mvc.perform(get("/contacts/" + id + "/edit").with(users.session(rep)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"version\" value=\"1\""),
					containsString("value=\"Emily " + tag + "\""))));
	}

	@Test
	void theProfileShowsNotesLineByLineAndTheBirthday() throws Exception {
		long id = users.as(rep,
				() -> contacts.create(new SaveContact("周", "迅", null, null, null, null, "zhou@example.com", "zhouxun",
						java.time.LocalDate.of(1974, 10, 18), "zh-CN", PreferredChannel.WECHAT, false, "杭州",
						"喜欢喝龙井\n周五下午不方便", null)))
			.id();
		mvc.perform(get("/contacts/" + id).with(users.session(rep)).locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<p class=\"mb-1\">喜欢喝龙井</p>"),
					containsString("<p class=\"mb-1\">周五下午不方便</p>"), containsString("1974-10-18"),
					containsString("简体中文"), containsString("微信"), containsString("mailto:zhou@example.com"))));
	}

	@Test
	void htmlInANameIsShownEscapedEverywhere() throws Exception {
		String evil = "<script>alert('x')</script>";
		long account = users.as(rep, () -> accounts.create(new SaveAccount("Escape Co " + tag, null)).id());
		long id = users.as(rep, () -> contacts.createAt(account, SaveContact.named(evil, "<b>Bold</b> " + tag)).id());
		String escaped = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;";
		var safe = allOf(containsString(escaped), not(containsString("<script>alert(")),
				not(containsString("<b>Bold</b>")));

		mvc.perform(get("/contacts/" + id).with(users.session(rep)))
			.andExpect(status().isOk())
			.andExpect(content().string(safe));
		mvc.perform(get("/contacts").param("q", tag).with(users.session(rep))).andExpect(content().string(safe));
		mvc.perform(get("/accounts/" + account).with(users.session(rep))).andExpect(content().string(safe));
	}

	@Test
	void aContactCreatedFromAnAccountIsLinkedToItAndTheUserReturnsThere() throws Exception {
		long account = users.as(rep, () -> accounts.create(new SaveAccount("京东 " + tag, null)).id());
		mvc.perform(get("/contacts/new").param("accountId", String.valueOf(account)).with(users.session(rep)))
			.andExpect(content().string(allOf(containsString("name=\"accountId\" value=\"" + account + "\""),
					containsString("京东 " + tag))));
		mvc.perform(post("/contacts").param("accountId", String.valueOf(account))
			.param("familyName", "刘")
			.param("givenName", "强东" + tag)
			.param("jobTitle", "信息中心主任")
			.with(users.session(rep))
			.with(csrf())).andExpect(redirectedUrl("/accounts/" + account));

		mvc.perform(get("/accounts/" + account).with(users.session(rep)).locale(Locale.ENGLISH))
			.andExpect(content().string(allOf(containsString("id=\"account-contacts\""), containsString("刘强东" + tag),
					containsString("信息中心主任"), containsString("Add contact"))));
	}

	@Test
	void anotherRepsAccountCannotTakeNewContacts() throws Exception {
		TestUser other = users.create(Role.SALES_REP);
		long account = users.as(other, () -> accounts.create(new SaveAccount("Closed " + tag, null)).id());
		mvc.perform(get("/contacts/new").param("accountId", String.valueOf(account)).with(users.session(rep)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/contacts").param("accountId", String.valueOf(account))
			.param("givenName", "Sneaky " + tag)
			.with(users.session(rep))
			.with(csrf())).andExpect(status().isNotFound());
		assertThat(
				users.as(rep, () -> contacts.list("Sneaky " + tag, org.springframework.data.domain.Pageable.unpaged())
					.getTotalElements()))
			.isZero();
	}

	@Test
	void theAccountSectionLinksAndUnlinksWithHtmx() throws Exception {
		long account = users.as(rep, () -> accounts.create(new SaveAccount("美团 " + tag, null)).id());
		long contact = users.as(rep, () -> contacts.create(SaveContact.named("王", "兴" + tag)).id());
		mvc.perform(get("/accounts/" + account).with(users.session(rep)).locale(Locale.ENGLISH))
			.andExpect(content().string(containsString("No contacts at this account yet.")));

		mvc.perform(htmx(get("/accounts/" + account + "/contacts/candidates").param("q", "兴" + tag)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("王兴" + tag), containsString("name=\"contactId\""),
					containsString("hx-target=\"#account-contacts\""), not(containsString("<html")))));
		mvc.perform(htmx(post("/accounts/" + account + "/contacts").param("contactId", String.valueOf(contact))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"account-contacts\""), containsString("王兴" + tag),
					not(containsString("<html")))));
		mvc.perform(htmx(get("/accounts/" + account + "/contacts/candidates").param("q", "兴" + tag)))
			.andExpect(content().string(allOf(containsString("Already linked"), not(containsString("contactId")))));

		mvc.perform(htmx(post("/accounts/" + account + "/contacts/" + contact + "/unlink")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"account-contacts\""), not(containsString("王兴" + tag)))));
		assertThat(users.as(rep, () -> contacts.contactsOf(account))).isEmpty();
	}

	@Test
	void withoutJavaScriptTheSectionActionsReturnToTheAccount() throws Exception {
		long account = users.as(rep, () -> accounts.create(new SaveAccount("网易 " + tag, null)).id());
		long contact = users.as(rep, () -> contacts.create(SaveContact.named("丁", "磊" + tag)).id());
		mvc.perform(get("/accounts/" + account + "/contacts/candidates").param("q", "磊" + tag).with(users.session(rep)))
			.andExpect(content()
				.string(allOf(containsString("<html"), containsString("丁磊" + tag), not(containsString("hx-post")))));
		mvc.perform(post("/accounts/" + account + "/contacts").param("contactId", String.valueOf(contact))
			.with(users.session(rep))
			.with(csrf())).andExpect(redirectedUrl("/accounts/" + account));
		assertThat(users.as(rep, () -> contacts.contactsOf(account))).extracting(AccountContact::contactId)
			.containsExactly(contact);
		mvc.perform(
				post("/accounts/" + account + "/contacts/" + contact + "/unlink").with(users.session(rep)).with(csrf()))
			.andExpect(redirectedUrl("/accounts/" + account));
		assertThat(users.as(rep, () -> contacts.contactsOf(account))).isEmpty();
	}

	@Test
	void deletingAContactReturnsToTheList() throws Exception {
		long id = users.as(rep, () -> contacts.create(SaveContact.named("Gone", "Soon " + tag)).id());
		mvc.perform(post("/contacts/" + id + "/delete").param("version", "0").with(users.session(rep)).with(csrf()))
			.andExpect(redirectedUrl("/contacts"));
		mvc.perform(get("/contacts/" + id).with(users.session(rep))).andExpect(status().isNotFound());
	}

	@Test
	void theGlobalSearchFindsContactsByNameEmailOrPhone() throws Exception {
		long id = users
			.as(rep, () -> contacts.create(new SaveContact("Search", "Me " + tag, null, null, "+86 139 1234 5678", null,
					"find." + tag + "@example.com", null, null, null, null, false, null, null, null)))
			.id();
		String link = "href=\"/contacts/" + id + "\"";
		for (String query : new String[] { "Me " + tag, "find." + tag, "139 1234 5678", "13912345678", "1234 5678" }) {
			mvc.perform(get("/search").param("q", query).with(users.session(rep)))
				.andExpect(content().string(containsString(link)));
		}
		String page = mvc.perform(get("/search").param("q", "Me " + tag).with(users.session(rep)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.split(java.util.regex.Pattern.quote(link), -1)).as("one hit per contact").hasSize(2);
		mvc.perform(get("/search").param("q", "Me " + tag).with(users.session(users.create(Role.SALES_REP))))
			.andExpect(content().string(not(containsString(link))));
		mvc.perform(get("/search").param("q", "139 9999 0000").with(users.session(rep)))
			.andExpect(content().string(not(matchesPattern("(?s).*href=\"/contacts/\\d+\".*"))));
	}

	private MockHttpServletRequestBuilder htmx(MockHttpServletRequestBuilder request) {
		return request.header("HX-Request", "true").with(users.session(rep)).with(csrf()).locale(Locale.ENGLISH);
	}

}
