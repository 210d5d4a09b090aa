package io.guanxi.customer;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.ProfileSection.Subject;
import io.guanxi.platform.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Account lists: filters, sort, bounded totals, columns, saved views and bulk actions.
 */
@IntegrationTest
class AccountListIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate jdbcTemplate;

	@Autowired
	SavedViews views;

	@Autowired
	TagService tags;

	@Autowired
	CustomFieldService fields;

	TestUser rep;

	String bearer;

	@BeforeEach
	void aRepWithAccounts() {
		rep = users.create(Role.SALES_REP);
		bearer = rep.bearer(users);
		create("Retail A Shanghai", Industry.RETAIL, Tier.A, "上海市");
		create("Retail B Beijing", Industry.RETAIL, Tier.B, "北京市");
		create("Finance A Shanghai", Industry.FINANCE, Tier.A, "上海市");
		create("Unclassified", null, null, null);
	}

	@Test
	void everyGivenFilterMustHold() throws Exception {
		mvc.perform(get("/api/v1/accounts").header(HttpHeaders.AUTHORIZATION, bearer)
			.param("industry", "RETAIL")
			.param("tier", "A"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].name", contains("Retail A Shanghai")))
			.andExpect(jsonPath("$.page.totalElements").value(1));
		mvc.perform(get("/api/v1/accounts").header(HttpHeaders.AUTHORIZATION, bearer)
			.param("city", "上海")
			.param("tier", "A", "B")
			.param("sort", "industry,desc"))
			.andExpect(jsonPath("$.content[*].name", contains("Retail A Shanghai", "Finance A Shanghai")));
	}

	@Test
	void dateRangesIncludeBothDays() throws Exception {
		long old = create("Old customer", null, null, null);
		jdbc.sql("update customer_account set created_at = :at where id = :id")
			.param("at", OffsetDateTime.of(2020, 3, 15, 23, 0, 0, 0, ZoneOffset.UTC))
			.param("id", old)
			.update();
		mvc.perform(get("/api/v1/accounts").header(HttpHeaders.AUTHORIZATION, bearer)
			.param("createdFrom", "2020-03-15")
			.param("createdTo", "2020-03-15")).andExpect(jsonPath("$.content[*].name", contains("Old customer")));
		mvc.perform(get("/api/v1/accounts").header(HttpHeaders.AUTHORIZATION, bearer)
			.param("createdFrom", "2020-03-16")
			.param("q", "Old customer")).andExpect(jsonPath("$.page.totalElements").value(0));
	}

	@Test
	void aManagerFiltersByOwnerAndARepSeesOnlyTheirOwn() throws Exception {
		TestUser manager = users.create(Role.SALES_MANAGER);
		TestUser mine = users.create(Role.SALES_REP, manager);
		TestUser theirs = users.create(Role.SALES_REP, manager);
		users.as(mine, () -> accounts.create(new SaveAccount("Mine " + mine.username(), null)));
		users.as(theirs, () -> accounts.create(new SaveAccount("Theirs " + theirs.username(), null)));

		mvc.perform(get("/api/v1/accounts").header(HttpHeaders.AUTHORIZATION, manager.bearer(users))
			.param("owner", String.valueOf(theirs.id())))
			.andExpect(jsonPath("$.content[*].ownerId", contains((int) theirs.id())));
		mvc.perform(get("/api/v1/accounts").header(HttpHeaders.AUTHORIZATION, mine.bearer(users))
			.param("owner", String.valueOf(theirs.id()))).andExpect(jsonPath("$.page.totalElements").value(0));
	}

	@Test
	void totalsStopCountingAtTheLimitAndDeepPagesAreRefused() throws Exception {
		OffsetDateTime now = Instant.now().atOffset(ZoneOffset.UTC);
		List<Object[]> rows = IntStream.range(0, 10_050)
			.mapToObj(i -> new Object[] { -(rep.id() * 20_000 + i), "Bulk " + i, rep.id(), now, now })
			.toList();
		jdbcTemplate.batchUpdate(
				"""
						insert into customer_account (id, name, owner_id, kind, lifecycle_stage, status, version, created_at, updated_at)
						values (?, ?, ?, 'COMPANY', 'PROSPECT', 'ACTIVE', 0, ?, ?)
						""",
				rows);
		mvc.perform(get("/api/v1/accounts").header(HttpHeaders.AUTHORIZATION, bearer).param("q", "Bulk"))
			.andExpect(jsonPath("$.page.totalElements").value(10_001));
		// the first page of all matches, not of the first 10,001 found (in an index's
		// order)
		mvc.perform(get("/api/v1/accounts").header(HttpHeaders.AUTHORIZATION, bearer)
			.param("q", "Bulk")
			.param("size", "3")
			.param("sort", "name,desc"))
			.andExpect(jsonPath("$.content[*].name", contains("Bulk 9999", "Bulk 9998", "Bulk 9997")));
		mvc.perform(get("/api/v1/accounts").header(HttpHeaders.AUTHORIZATION, bearer)
			.param("q", "Bulk")
			.param("page", "400")
			.param("size", "25")).andExpect(status().isConflict());
		jdbc.sql("delete from customer_account where owner_id = :owner and id < 0").param("owner", rep.id()).update();
	}

	@Test
	void aFilterOfSeveralValuesKeepsThemAllInTheForm() throws Exception {
		assertThat(tierSelect("A", "B")).contains("multiple")
			.containsPattern("value=\"A\"[^>]*selected")
			.containsPattern("value=\"B\"[^>]*selected")
			.doesNotContainPattern("value=\"C\"[^>]*selected");
		assertThat(tierSelect("A")).doesNotContain("multiple").containsPattern("value=\"A\"[^>]*selected");
	}

	/** The list page's tier filter, from its select tag to its last option. */
	private String tierSelect(String... tiers) throws Exception {
		String page = mvc.perform(get("/accounts").with(users.session(rep)).param("tier", tiers))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int start = page.indexOf("<select", page.indexOf("for=\"filter-tier\""));
		return page.substring(start, page.indexOf("</select>", start));
	}

	@Test
	void theChosenColumnsAreShown() throws Exception {
		mvc.perform(get("/accounts").with(users.session(rep)).param("cols", "PHONE", "EMAIL"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(">Phone</span>"), containsString(">E-mail</span>"),
					not(containsString(">Industry</a>")))));
	}

	@Test
	void aSavedViewIsTheUsersOwnAndCanOpenTheList() throws Exception {
		String name = "Retail " + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/accounts/views").with(users.session(rep))
			.with(csrf())
			.param("name", name)
			.param("query", "industry=RETAIL&cols=PHONE")).andExpect(status().is3xxRedirection());
		SavedViews.View view = users.as(rep, () -> views.of("accounts")).get(0);
		assertThat(view.query()).isEqualTo("industry=RETAIL&cols=PHONE");

		mvc.perform(get("/accounts").with(users.session(rep))).andExpect(content().string(containsString(name)));
		TestUser other = users.create(Role.SALES_REP);
		mvc.perform(get("/accounts").with(users.session(other))).andExpect(content().string(not(containsString(name))));
		mvc.perform(post("/accounts/views/" + view.id() + "/delete").with(users.session(other)).with(csrf()))
			.andExpect(status().isNotFound());

		mvc.perform(post("/accounts/views/" + view.id() + "/default").with(users.session(rep))
			.with(csrf())
			.param("makeDefault", "true"));
		mvc.perform(get("/accounts").with(users.session(rep)))
			.andExpect(redirectedUrl("/accounts?industry=RETAIL&cols=PHONE&view=" + view.id()));
		mvc.perform(get("/accounts?all").with(users.session(rep))).andExpect(status().isOk());
	}

	@Test
	void bulkActionsTouchOnlyWhatTheCallerMayChange() throws Exception {
		TestUser manager = users.create(Role.SALES_MANAGER);
		TestUser teamRep = users.create(Role.SALES_REP, manager);
		long own1 = users.as(manager, () -> accounts.create(new SaveAccount("Bulk own 1", null)).id());
		long own2 = users.as(manager, () -> accounts.create(new SaveAccount("Bulk own 2", null)).id());
		long foreign = create("Not the manager's", null, null, null);

		mvc.perform(
				post("/api/v1/accounts/bulk").header(HttpHeaders.AUTHORIZATION, manager.bearer(users))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"action\": \"ASSIGN_OWNER\", \"ids\": [%d, %d, %d], \"ownerId\": %d}".formatted(own1,
							own2, foreign, teamRep.id())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.changed").value(2));
		assertThat(users.as(teamRep, () -> accounts.get(own1).ownerId())).isEqualTo(teamRep.id());
		assertThat(users.as(rep, () -> accounts.get(foreign).ownerId())).isEqualTo(rep.id());

		mvc.perform(post("/api/v1/accounts/bulk").header(HttpHeaders.AUTHORIZATION, manager.bearer(users))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"action\": \"ASSIGN_OWNER\", \"ids\": [%d]}".formatted(own1)))
			.andExpect(status().isBadRequest());

		mvc.perform(post("/accounts/bulk").with(users.session(manager))
			.with(csrf())
			.param("action", "delete")
			.param("ids", String.valueOf(own2), String.valueOf(foreign))).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from customer_account where id in (:ids)")
			.param("ids", List.of(own2, foreign))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void tagsAndCustomFieldsFilterShowAsColumnsAndTagInBulk() throws Exception {
		TestUser admin = users.create(Role.ADMIN);
		String code = "rating_" + UUID.randomUUID().toString().substring(0, 8).replace('-', '_');
		TagView key = users.as(admin, () -> tags.create(new SaveTag("Key " + code, "#b91c1c")));
		CustomFieldDefinition rating = users.as(admin, () -> fields
			.create(new SaveCustomField(Subject.ACCOUNT, code, "Rating", "评级", FieldType.NUMBER, null, false, true)));
		try {
			long retailA = idOf("Retail A Shanghai");
			long retailB = idOf("Retail B Beijing");
			users.as(rep, () -> fields.setValues(Subject.ACCOUNT, retailA, Map.of(code, "80")));
			users.as(rep, () -> fields.setValues(Subject.ACCOUNT, retailB, Map.of(code, "40")));

			mvc.perform(get("/api/v1/accounts").header(HttpHeaders.AUTHORIZATION, bearer)
				.param("fieldFrom[" + code + "]", "50"))
				.andExpect(jsonPath("$.content[*].name", contains("Retail A Shanghai")));
			mvc.perform(get("/api/v1/accounts").header(HttpHeaders.AUTHORIZATION, bearer)
				.param("fieldTo[" + code + "]", "40"))
				.andExpect(jsonPath("$.content[*].name", contains("Retail B Beijing")));
			mvc.perform(
					get("/api/v1/accounts").header(HttpHeaders.AUTHORIZATION, bearer).param("field[" + code + "]", "*"))
				.andExpect(jsonPath("$.page.totalElements").value(2));

			mvc.perform(post("/accounts/bulk").with(users.session(rep))
				.with(csrf())
				.param("action", "tag")
				.param("tagId", String.valueOf(key.id()))
				.param("ids", String.valueOf(retailB)));
			mvc.perform(get("/api/v1/accounts").header(HttpHeaders.AUTHORIZATION, bearer)
				.param("tag", String.valueOf(key.id())))
				.andExpect(jsonPath("$.content[*].name", contains("Retail B Beijing")));

			mvc.perform(get("/accounts").with(users.session(rep)).param("cols", "TAGS").param("fcols", code))
				.andExpect(content().string(allOf(containsString("Key " + code), containsString(">Rating</th>"),
						anyOf(containsString(">80.0000</td>"), containsString(">80</td>")))));
		}
		finally {
			users.as(admin, () -> {
				fields.delete(rating.id(), fields.get(rating.id()).version());
				tags.delete(key.id(), tags.get(key.id()).version());
				return null;
			});
		}
	}

	private long idOf(String name) {
		return users.as(rep, () -> accounts.list(name, Pageable.ofSize(1)).getContent().get(0).id());
	}

	private long create(String name, Industry industry, Tier tier, String city) {
		return users.as(rep, () -> accounts
			.create(new SaveAccount(name, AccountKind.COMPANY, null, industry, null, null, null, city, null, null, null,
					null, null, null, tier, LifecycleStage.PROSPECT, AccountStatus.ACTIVE, null, null))
			.id());
	}

}
