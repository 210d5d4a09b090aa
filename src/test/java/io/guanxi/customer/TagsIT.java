package io.guanxi.customer;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.ProfileSection.Subject;
import io.guanxi.platform.AccessDeniedProblem;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.platform.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class TagsIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TagService tags;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	TestUser admin;

	TestUser manager;

	TestUser rep;

	TestUser otherRep;

	String unique;

	@BeforeEach
	void organisation() {
		admin = users.create(Role.ADMIN);
		manager = users.create(Role.SALES_MANAGER);
		rep = users.create(Role.SALES_REP, manager);
		otherRep = users.create(Role.SALES_REP);
		unique = UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void createsATagWithANormalisedColourAndRejectsOtherColours() throws Exception {
		TagView tag = users.as(manager, () -> tags.create(new SaveTag("  Key account " + unique + " ", "#DC3545")));
		assertThat(tag.name()).isEqualTo("Key account " + unique);
		assertThat(tag.color()).isEqualTo("#dc3545");
		assertThat(tag.textColor()).isEqualTo("#ffffff");
		assertThat(users.as(admin, () -> tags.create(new SaveTag("Yellow " + unique, "#facc15"))).textColor())
			.isEqualTo("#000000");

		mvc.perform(post("/api/v1/tags").header(HttpHeaders.AUTHORIZATION, admin.bearer(users))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Red " + unique + "\", \"color\": \"red\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("color"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("#0f766e")));
		assertThatThrownBy(() -> users.as(admin, () -> tags.create(new SaveTag("Short " + unique, "#fff"))))
			.isInstanceOf(BusinessRuleException.class);
	}

	@Test
	void aDuplicateNameIsRejectedWhateverItsCase() throws Exception {
		users.as(admin, () -> tags.create(new SaveTag("Renewal Risk " + unique, "#facc15")));
		assertThatThrownBy(() -> users.as(admin,
				() -> tags.create(new SaveTag("renewal risk " + unique.toUpperCase(), "#000000"))))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("customer.tag.error.taken");
		mvc.perform(post("/api/v1/tags").header(HttpHeaders.AUTHORIZATION, admin.bearer(users))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"RENEWAL RISK " + unique + "\", \"color\": \"#000000\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("exists already")));
		TagView other = users.as(admin, () -> tags.create(new SaveTag("Other " + unique, "#000000")));
		assertThatThrownBy(() -> users.as(admin,
				() -> tags.update(other.id(), new SaveTag("Renewal risk " + unique, "#000000"), other.version())))
			.isInstanceOf(BusinessRuleException.class);
	}

	@Test
	void aRepCannotDefineTagsButMayUseThem() throws Exception {
		assertThatThrownBy(() -> users.as(rep, () -> tags.create(new SaveTag("Mine " + unique, "#000000"))))
			.isInstanceOf(AccessDeniedProblem.class);
		mvc.perform(post("/api/v1/tags").header(HttpHeaders.AUTHORIZATION, rep.bearer(users))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Mine " + unique + "\", \"color\": \"#000000\"}"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/admin/tags").with(users.session(rep))).andExpect(status().isForbidden());

		TagView tag = users.as(admin, () -> tags.create(new SaveTag("Usable " + unique, "#0f766e")));
		long account = account(rep, "Tagged by a rep");
		users.as(rep, () -> {
			tags.apply(Subject.ACCOUNT, account, tag.id());
			return null;
		});
		assertThat(users.as(rep, () -> tags.tagsOf(Subject.ACCOUNT, account))).extracting(TagView::id)
			.containsExactly(tag.id());
	}

	@Test
	void appliesAndRemovesATagOnAnAccountTheCallerMayChange() {
		TagView key = users.as(admin, () -> tags.create(new SaveTag("Key " + unique, "#dc3545")));
		TagView soe = users.as(admin, () -> tags.create(new SaveTag("SOE " + unique, "#b45309")));
		long account = account(rep, "Apply and remove");

		users.as(rep, () -> {
			tags.apply(Subject.ACCOUNT, account, key.id());
			tags.apply(Subject.ACCOUNT, account, key.id());
			tags.apply(Subject.ACCOUNT, account, soe.id());
			return null;
		});
		assertThat(users.as(manager, () -> tags.tagsOf(Subject.ACCOUNT, account))).extracting(TagView::name)
			.containsExactly("Key " + unique, "SOE " + unique);

		users.as(rep, () -> {
			tags.remove(Subject.ACCOUNT, account, key.id());
			return null;
		});
		assertThat(users.as(rep, () -> tags.tagsOf(Subject.ACCOUNT, account))).extracting(TagView::id)
			.containsExactly(soe.id());

		assertThatThrownBy(() -> users.as(otherRep, () -> {
			tags.apply(Subject.ACCOUNT, account, key.id());
			return null;
		})).isInstanceOf(RecordNotFoundException.class);
		assertThatThrownBy(() -> users.as(otherRep, () -> tags.tagsOf(Subject.ACCOUNT, account)))
			.isInstanceOf(RecordNotFoundException.class);
	}

	@Test
	void bulkApplyCountsOnlyRecordsTheCallerMayChange() {
		TagView tag = users.as(admin, () -> tags.create(new SaveTag("Bulk " + unique, "#1d4ed8")));
		long mine = account(rep, "Bulk mine");
		long alreadyTagged = account(rep, "Bulk already tagged");
		long foreign = account(otherRep, "Bulk foreign");
		users.as(rep, () -> {
			tags.apply(Subject.ACCOUNT, alreadyTagged, tag.id());
			return null;
		});

		int count = users.as(rep,
				() -> tags.applyToMany(Subject.ACCOUNT, List.of(mine, alreadyTagged, foreign, 999_999_999L), tag.id()));

		assertThat(count).isEqualTo(2);
		Map<Long, List<TagView>> byAccount = users.as(admin,
				() -> tags.tagsOf(Subject.ACCOUNT, List.of(mine, alreadyTagged, foreign)));
		assertThat(byAccount).containsOnlyKeys(mine, alreadyTagged);
		// the bulk read answers only for records the caller may see
		assertThat(users.as(rep, () -> tags.tagsOf(Subject.ACCOUNT, List.of(mine, foreign)))).containsOnlyKeys(mine);
	}

	@Test
	void hasTagFindsExactlyTheTaggedAccounts() {
		TagView tag = users.as(admin, () -> tags.create(new SaveTag("Filter " + unique, "#0f766e")));
		TagView other = users.as(admin, () -> tags.create(new SaveTag("Filter other " + unique, "#000000")));
		long first = account(rep, "Filter first");
		long second = account(rep, "Filter second");
		long untagged = account(rep, "Filter untagged");
		long otherTagged = account(rep, "Filter other tag");
		users.as(rep, () -> tags.applyToMany(Subject.ACCOUNT, List.of(first, second), tag.id()));
		users.as(rep, () -> tags.applyToMany(Subject.ACCOUNT, List.of(otherTagged), other.id()));
		List<Long> candidates = List.of(first, second, untagged, otherTagged);

		SqlCondition condition = TagFilters.hasTag(Subject.ACCOUNT, tag.id());
		assertThat(jdbc.sql("select id from customer_account where id in (:ids) and " + condition.sql())
			.param("ids", candidates)
			.params(condition.parameters())
			.query(Long.class)
			.list()).containsExactlyInAnyOrder(first, second);

		SqlCondition aliased = TagFilters.hasTag(Subject.ACCOUNT, "a.id", tag.id())
			.and(TagFilters.hasTag(Subject.ACCOUNT, "a.id", other.id()));
		assertThat(jdbc.sql("select a.id from customer_account a where a.id in (:ids) and " + aliased.sql())
			.param("ids", candidates)
			.params(aliased.parameters())
			.query(Long.class)
			.list()).isEmpty();
	}

	@Test
	void theApiReplacesTheSetOfAnAccountsTags() throws Exception {
		String bearer = rep.bearer(users);
		TagView a = users.as(admin, () -> tags.create(new SaveTag("A " + unique, "#dc3545")));
		TagView b = users.as(admin, () -> tags.create(new SaveTag("B " + unique, "#1d4ed8")));
		TagView c = users.as(admin, () -> tags.create(new SaveTag("C " + unique, "#0f766e")));
		long account = account(rep, "API tags");

		putTags(bearer, account, a.id(), b.id()).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(2));
		putTags(bearer, account, b.id(), c.id()).andExpect(status().isOk());
		mvc.perform(get("/api/v1/accounts/" + account + "/tags").header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].name").value(org.hamcrest.Matchers.contains("B " + unique, "C " + unique)))
			.andExpect(jsonPath("$[0].color").value("#1d4ed8"))
			.andExpect(jsonPath("$[0].textColor").value("#ffffff"));
		putTags(bearer, account, b.id(), 999_999_999L).andExpect(status().isConflict());
		putTags(otherRep.bearer(users), account, a.id()).andExpect(status().isNotFound());
		putTags(bearer, account).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void tagsChangeAndDeleteWithTheirETag() throws Exception {
		String bearer = manager.bearer(users);
		String body = mvc
			.perform(post("/api/v1/tags").header(HttpHeaders.AUTHORIZATION, bearer)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"ETag " + unique + "\", \"color\": \"#123456\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();
		long account = account(rep, "Loses its tag");
		users.as(rep, () -> {
			tags.apply(Subject.ACCOUNT, account, id);
			return null;
		});

		mvc.perform(put("/api/v1/tags/" + id).header(HttpHeaders.AUTHORIZATION, bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"ETag renamed " + unique + "\", \"color\": \"#654321\"}"))
			.andExpect(status().isPreconditionRequired());
		mvc.perform(put("/api/v1/tags/" + id).header(HttpHeaders.AUTHORIZATION, bearer)
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"ETag renamed " + unique + "\", \"color\": \"#654321\"}"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
			.andExpect(jsonPath("$.color").value("#654321"));
		mvc.perform(delete("/api/v1/tags/" + id).header(HttpHeaders.AUTHORIZATION, bearer)
			.header(HttpHeaders.IF_MATCH, "\"0\"")).andExpect(status().isPreconditionFailed());
		mvc.perform(delete("/api/v1/tags/" + id).header(HttpHeaders.AUTHORIZATION, bearer)
			.header(HttpHeaders.IF_MATCH, "\"1\"")).andExpect(status().isNoContent());
		assertThat(users.as(rep, () -> tags.tagsOf(Subject.ACCOUNT, account))).isEmpty();
	}

	@Test
	void contactsCarryTagsForTheirOwnerOnly() {
		TagView tag = users.as(admin, () -> tags.create(new SaveTag("Contact " + unique, "#0f766e")));
		long contact = contact(rep, "王芳 " + unique);

		users.as(rep, () -> {
			tags.apply(Subject.CONTACT, contact, tag.id());
			return null;
		});
		assertThat(users.as(manager, () -> tags.tagsOf(Subject.CONTACT, contact))).extracting(TagView::id)
			.containsExactly(tag.id());
		assertThatThrownBy(() -> users.as(otherRep, () -> tags.tagsOf(Subject.CONTACT, contact)))
			.isInstanceOf(RecordNotFoundException.class);
		assertThat(users.as(otherRep, () -> tags.applyToMany(Subject.CONTACT, List.of(contact), tag.id()))).isZero();
		SqlCondition condition = TagFilters.hasTag(Subject.CONTACT, tag.id());
		assertThat(jdbc.sql("select id from customer_contact where " + condition.sql())
			.params(condition.parameters())
			.query(Long.class)
			.list()).containsExactly(contact);
	}

	@Test
	void theProfileSectionAddsAndRemovesTagsThroughHtmx() throws Exception {
		TagView tag = users.as(admin, () -> tags.create(new SaveTag("<b>Bold</b> " + unique, "#facc15")));
		long account = account(rep, "Section");

		mvc.perform(post("/accounts/" + account + "/tags").param("tagId", String.valueOf(tag.id()))
			.header("HX-Request", "true")
			.with(users.session(rep))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"tags-section\""),
					containsString("&lt;b&gt;Bold&lt;/b&gt; " + unique), not(containsString("<b>Bold")),
					containsString("background-color: #facc15; color: #000000"), not(containsString("<html")))));
		mvc.perform(get("/accounts/" + account).with(users.session(rep)))
			.andExpect(content().string(containsString("data-testid=\"tags-section\"")));
		mvc.perform(
				post("/accounts/" + account + "/tags/" + tag.id() + "/remove").with(users.session(rep)).with(csrf()))
			.andExpect(redirectedUrl("/accounts/" + account));
		assertThat(users.as(rep, () -> tags.tagsOf(Subject.ACCOUNT, account))).isEmpty();
		mvc.perform(get("/admin/tags").with(users.session(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;b&gt;Bold&lt;/b&gt; " + unique)));
	}

	private org.springframework.test.web.servlet.ResultActions putTags(String bearer, long account, Long... ids)
			throws Exception {
		return mvc.perform(put("/api/v1/accounts/" + account + "/tags").header(HttpHeaders.AUTHORIZATION, bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"tagIds\": " + List.of(ids) + "}"));
	}

	private long account(TestUser owner, String name) {
		return users.as(owner, () -> accounts.create(new SaveAccount(name + " " + unique, null)).id());
	}

	private long contact(TestUser owner, String name) {
		long id = jdbc.sql("select nextval('customer_contact_seq')").query(Long.class).single();
		jdbc.sql("insert into customer_contact (id, full_name, owner_id, version, created_at, updated_at)"
				+ " values (:id, :name, :owner, 0, current_timestamp, current_timestamp)")
			.param("id", id)
			.param("name", name)
			.param("owner", owner.id())
			.update();
		return id;
	}

}
