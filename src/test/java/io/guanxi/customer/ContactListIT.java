package io.guanxi.customer;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.ProfileSection.Subject;
import io.guanxi.platform.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Contact lists: every kind of filter, visibility, columns, saved views and bulk actions,
 * on the page and the API alike.
 */
@IntegrationTest
class ContactListIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	ContactService contacts;

	@Autowired
	AccountService accounts;

	@Autowired
	TagService tags;

	@Autowired
	CustomFieldService fields;

	@Autowired
	SavedViews views;

	@Autowired
	JdbcClient jdbc;

	TestUser rep;

	String bearer;

	String tag;

	long liNa;

	long emily;

	long zhang;

	@BeforeEach
	void aRepWithContacts() {
		rep = users.create(Role.SALES_REP);
		bearer = rep.bearer(users);
		tag = UUID.randomUUID().toString().substring(0, 8);
		liNa = create(new SaveContact("李", "娜" + tag, "Li Na", "CFO", "138 0013 8000", null, "li.na@example.com", null,
				null, "zh-CN", PreferredChannel.WECHAT, false, "上海市", null, null));
		emily = create(new SaveContact("Chen", "Emily" + tag, null, "Buyer", null, "021 5555 1234",
				"emily." + tag + "@example.com", null, null, "en", PreferredChannel.EMAIL, false, null, null, null));
		zhang = create(new SaveContact("张", "伟" + tag, null, null, "139 1234 5678", null, null, null, null, "zh-CN",
				PreferredChannel.PHONE, true, null, null, null));
		long account = users.as(rep, () -> accounts.create(new SaveAccount("华为技术 " + tag, null)).id());
		users.as(rep, () -> contacts.link(liNa, account, null, true));
	}

	@Test
	void filtersOnTextAccountReachAndPreferences() throws Exception {
		expectNames(api().param("q", "li.na@"), "李娜" + tag);
		expectNames(api().param("q", "emily" + tag), "Emily" + tag + " Chen");
		expectNames(api().param("q", "li na"), "李娜" + tag);
		expectNames(api().param("account", "华为技术 " + tag), "李娜" + tag);
		expectNames(api().param("hasMobile", "true"), "张伟" + tag, "李娜" + tag);
		expectNames(api().param("hasMobile", "false"), "Emily" + tag + " Chen");
		expectNames(api().param("hasEmail", "false"), "张伟" + tag);
		expectNames(api().param("doNotContact", "true"), "张伟" + tag);
		expectNames(api().param("channel", "EMAIL", "PHONE"), "Emily" + tag + " Chen", "张伟" + tag);
		expectNames(api().param("language", "zh-CN").param("sort", "fullName,desc"), "李娜" + tag, "张伟" + tag);
		api(api().param("language", "zh-CN").param("sort", "fullName,desc"))
			.andExpect(jsonPath("$.content[0].accounts[0].accountName").value("华为技术 " + tag))
			.andExpect(jsonPath("$.content[0].ownerName").value("Test " + rep.username()));
	}

	@Test
	void filtersOnOwnerAndDates() throws Exception {
		jdbc.sql("update customer_contact set created_at = :at, updated_at = :at where id = :id")
			.param("at", OffsetDateTime.of(2021, 5, 31, 23, 30, 0, 0, ZoneOffset.UTC))
			.param("id", emily)
			.update();
		expectNames(api().param("createdFrom", "2021-05-31").param("createdTo", "2021-05-31"), "Emily" + tag + " Chen");
		expectNames(api().param("updatedFrom", "2021-06-01"), "张伟" + tag, "李娜" + tag);
		expectNames(api().param("updatedTo", "2021-05-30"));

		TestUser manager = users.create(Role.SALES_MANAGER);
		TestUser mine = users.create(Role.SALES_REP, manager);
		TestUser theirs = users.create(Role.SALES_REP, manager);
		users.as(mine, () -> contacts.create(SaveContact.named("Mine", tag)));
		users.as(theirs, () -> contacts.create(SaveContact.named("Theirs", tag)));
		mvc.perform(get("/api/v1/contacts").header(HttpHeaders.AUTHORIZATION, manager.bearer(users))
			.param("q", tag)
			.param("owner", String.valueOf(theirs.id())))
			.andExpect(jsonPath("$.content[*].fullName", contains(tag + " Theirs")));
	}

	@Test
	void filtersOnTagsAndCustomFields() throws Exception {
		TestUser admin = users.create(Role.ADMIN);
		String code = "score_" + tag;
		TagView vip = users.as(admin, () -> tags.create(new SaveTag("VIP " + tag, "#b91c1c")));
		CustomFieldDefinition score = users.as(admin, () -> fields
			.create(new SaveCustomField(Subject.CONTACT, code, "Score", "评分", FieldType.NUMBER, null, false, true)));
		CustomFieldDefinition hobby = users.as(admin, () -> fields.create(new SaveCustomField(Subject.CONTACT,
				"hobby_" + tag, "Hobby", "爱好", FieldType.TEXT, null, false, true)));
		try {
			users.as(rep, () -> fields.setValues(Subject.CONTACT, liNa, Map.of(code, "90", "hobby_" + tag, "Golf")));
			users.as(rep, () -> fields.setValues(Subject.CONTACT, emily, Map.of(code, "30")));
			users.as(rep, () -> {
				tags.apply(Subject.CONTACT, emily, vip.id());
				return null;
			});

			expectNames(api().param("fieldFrom[" + code + "]", "50"), "李娜" + tag);
			expectNames(api().param("fieldTo[" + code + "]", "50"), "Emily" + tag + " Chen");
			expectNames(api().param("field[" + code + "]", "*"), "Emily" + tag + " Chen", "李娜" + tag);
			expectNames(api().param("field[hobby_" + tag + "]", "gol"), "李娜" + tag);
			expectNames(api().param("tag", String.valueOf(vip.id())), "Emily" + tag + " Chen");
			mvc.perform(get("/api/v1/contacts").header(HttpHeaders.AUTHORIZATION, bearer)
				.param("fieldFrom[" + code + "]", "lots"))
				.andExpect(status().is4xxClientError())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

			mvc.perform(get("/contacts").with(users.session(rep)).param("fieldFrom[" + code + "]", "lots"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("alert-warning")));
			mvc.perform(get("/contacts").with(users.session(rep))
				.param("q", tag)
				.param("cols", "TAGS", "CHANNEL", "WECHAT")
				.param("fcols", code))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("VIP " + tag), containsString(">Score</th>"),
						containsString(">Preferred channel</span>"), containsString(">WeChat ID</span>"),
						not(containsString(">Job title</a>")))));
		}
		finally {
			users.as(admin, () -> {
				fields.delete(score.id(), fields.get(score.id()).version());
				fields.delete(hobby.id(), fields.get(hobby.id()).version());
				tags.delete(vip.id(), tags.get(vip.id()).version());
				return null;
			});
		}
	}

	@Test
	void aRepSeesOnlyTheirOwnContactsAndNoHiddenAccountName() throws Exception {
		TestUser other = users.create(Role.SALES_REP);
		String otherBearer = other.bearer(users);
		users.as(other, () -> contacts.create(SaveContact.named("Own", tag)));

		mvc.perform(get("/api/v1/contacts").header(HttpHeaders.AUTHORIZATION, otherBearer).param("q", tag))
			.andExpect(jsonPath("$.content[*].fullName", contains(tag + " Own")));
		mvc.perform(get("/contacts").with(users.session(other)).param("q", tag))
			.andExpect(content().string(allOf(containsString(tag + " Own"), not(containsString("李娜" + tag)))));
		// the other rep's contact at an account of the same name: the rep's account stays
		// hidden
		mvc.perform(
				get("/api/v1/contacts").header(HttpHeaders.AUTHORIZATION, otherBearer).param("account", "华为技术 " + tag))
			.andExpect(jsonPath("$.page.totalElements").value(0));
	}

	@Test
	void pagesBeyondTheCountLimitAreRefused() throws Exception {
		mvc.perform(get("/api/v1/contacts").header(HttpHeaders.AUTHORIZATION, bearer)
			.param("page", "400")
			.param("size", "25"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/contacts").with(users.session(rep)).param("page", "400"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Narrow the filters to see the rest.")));
	}

	@Test
	void bulkActionsTouchOnlyWhatTheCallerMayChange() throws Exception {
		TestUser manager = users.create(Role.SALES_MANAGER);
		TestUser teamRep = users.create(Role.SALES_REP, manager);
		long own1 = users.as(manager, () -> contacts.create(SaveContact.named("Bulk1", tag)).id());
		long own2 = users.as(manager, () -> contacts.create(SaveContact.named("Bulk2", tag)).id());
		String managerBearer = manager.bearer(users);

		bulk(managerBearer, "{\"action\": \"ASSIGN_OWNER\", \"ids\": [%d, %d, %d], \"ownerId\": %d}".formatted(own1,
				own2, liNa, teamRep.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.changed").value(2));
		assertThat(users.as(teamRep, () -> contacts.get(own1).ownerId())).isEqualTo(teamRep.id());
		assertThat(users.as(rep, () -> contacts.get(liNa).ownerId())).isEqualTo(rep.id());
		bulk(managerBearer, "{\"action\": \"ADD_TAG\", \"ids\": [%d]}".formatted(own1))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

		TestUser admin = users.create(Role.ADMIN);
		TagView key = users.as(admin, () -> tags.create(new SaveTag("Key " + tag, "#0f766e")));
		try {
			bulk(managerBearer,
					"{\"action\": \"ADD_TAG\", \"ids\": [%d, %d], \"tagId\": %d}".formatted(own2, liNa, key.id()))
				.andExpect(jsonPath("$.changed").value(1));
			assertThat(users.as(manager, () -> tags.tagsOf(Subject.CONTACT, own2))).extracting(TagView::name)
				.containsExactly("Key " + tag);

			mvc.perform(post("/contacts/bulk").with(users.session(manager))
				.with(csrf())
				.param("action", "delete")
				.param("ids", String.valueOf(own2), String.valueOf(liNa))
				.param("back", "q=" + tag)).andExpect(redirectedUrl("/contacts?q=" + tag));
			assertThat(jdbc.sql("select id from customer_contact where id in (:ids)")
				.param("ids", List.of(own2, liNa))
				.query(Long.class)
				.list()).containsExactly(liNa);
		}
		finally {
			users.as(admin, () -> {
				tags.delete(key.id(), tags.get(key.id()).version());
				return null;
			});
		}
	}

	@Test
	void aSavedViewIsTheUsersOwnAndCanOpenTheList() throws Exception {
		String name = "WeChat " + tag;
		mvc.perform(post("/contacts/views").with(users.session(rep))
			.with(csrf())
			.param("name", name)
			.param("query", "channel=WECHAT&cols=CHANNEL")).andExpect(status().is3xxRedirection());
		SavedViews.View view = users.as(rep, () -> views.of("contacts")).get(0);
		assertThat(view.query()).isEqualTo("channel=WECHAT&cols=CHANNEL");
		assertThat(users.as(rep, () -> views.of("accounts"))).isEmpty();

		mvc.perform(get("/contacts").with(users.session(rep))).andExpect(content().string(containsString(name)));
		TestUser other = users.create(Role.SALES_REP);
		mvc.perform(get("/contacts").with(users.session(other))).andExpect(content().string(not(containsString(name))));
		mvc.perform(post("/contacts/views/" + view.id() + "/delete").with(users.session(other)).with(csrf()))
			.andExpect(status().isNotFound());

		mvc.perform(post("/contacts/views/" + view.id() + "/default").with(users.session(rep))
			.with(csrf())
			.param("makeDefault", "true")).andExpect(redirectedUrl("/contacts?view=" + view.id()));
		mvc.perform(get("/contacts").with(users.session(rep)))
			.andExpect(redirectedUrl("/contacts?channel=WECHAT&cols=CHANNEL&view=" + view.id()));
		mvc.perform(get("/contacts?channel=WECHAT&cols=CHANNEL&view=" + view.id()).with(users.session(rep)))
			.andExpect(content().string(allOf(containsString("李娜" + tag), not(containsString("Emily" + tag)))));
		mvc.perform(get("/contacts?all").with(users.session(rep))).andExpect(status().isOk());
	}

	private MockHttpServletRequestBuilder api() {
		return get("/api/v1/contacts").header(HttpHeaders.AUTHORIZATION, bearer)
			.param("owner", String.valueOf(rep.id()));
	}

	private ResultActions api(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk());
	}

	private void expectNames(MockHttpServletRequestBuilder request, String... names) throws Exception {
		if (names.length == 0) {
			api(request).andExpect(jsonPath("$.page.totalElements").value(0));
			return;
		}
		api(request).andExpect(jsonPath("$.content[*].fullName", containsInAnyOrder(names)));
	}

	private ResultActions bulk(String bearer, String json) throws Exception {
		return mvc.perform(post("/api/v1/contacts/bulk").header(HttpHeaders.AUTHORIZATION, bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	private long create(SaveContact contact) {
		return users.as(rep, () -> contacts.create(contact).id());
	}

}
