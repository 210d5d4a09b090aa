package io.guanxi.customer;

import java.util.List;
import java.util.UUID;

import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.CustomerHit.Match;
import io.guanxi.customer.CustomerHit.Type;
import io.guanxi.platform.Role;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The customer search box on the database the tests run on (H2, or PostgreSQL with
 * GUANXI_DB_URL). Contacts are inserted as rows, computing their terms with
 * {@link SearchTerms}, as the contacts feature will write them.
 */
@IntegrationTest
class CustomerSearchIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	AccountService accounts;

	@Autowired
	CustomerSearch search;

	@Autowired
	JdbcClient jdbc;

	TestUser manager;

	TestUser rep;

	TestUser otherRep;

	long huawei;

	@BeforeEach
	void organisation() {
		manager = users.create(Role.SALES_MANAGER);
		rep = users.create(Role.SALES_REP, manager);
		otherRep = users.create(Role.SALES_REP);
		huawei = account(rep, "华为技术有限公司", null, null);
	}

	@Test
	void twoChineseCharactersFindTheCompanyThatContainsThem() {
		account(rep, "深圳华为终端有限公司", null, null);
		account(rep, "华润集团", null, null);

		List<CustomerHit> hits = search(rep, "华为");

		assertThat(hits).extracting(CustomerHit::title).containsExactly("华为技术有限公司", "深圳华为终端有限公司");
		assertThat(hits.get(0)).returns(Type.ACCOUNT, CustomerHit::type)
			.returns(Match.PREFIX, CustomerHit::match)
			.returns("/accounts/" + huawei, CustomerHit::link);
		assertThat(hits.get(1).match()).isEqualTo(Match.SUBSTRING);
	}

	@Test
	void threeCharactersMustBeNeighboursAndOneCharacterMatchesTheStartOfNames() {
		account(rep, "技术为华有限公司", null, null);

		assertThat(search(rep, "为技术")).extracting(CustomerHit::id, CustomerHit::match)
			.containsExactly(tuple(huawei, Match.SUBSTRING));
		assertThat(search(rep, "华")).extracting(CustomerHit::id, CustomerHit::match)
			.containsExactly(tuple(huawei, Match.PREFIX));
		assertThat(search(rep, "技")).extracting(CustomerHit::title).containsExactly("技术为华有限公司");
	}

	@Test
	void aPhoneNumberTypedInAnyFormatFindsTheContact() {
		long contact = contact(rep, "李雷", "Lei Li", "+86 138 0013 8000", "+8613800138000", null, null);

		assertThat(search(rep, "138-0013-8000")).extracting(CustomerHit::id, CustomerHit::type, CustomerHit::match)
			.containsExactly(tuple(contact, Type.CONTACT, Match.PHONE));
		assertThat(search(rep, "+86 13800138000")).extracting(CustomerHit::id).containsExactly(contact);
		assertThat(search(rep, "8000")).extracting(CustomerHit::id).containsExactly(contact);
		assertThat(search(rep, "0013")).isEmpty();
	}

	@Test
	void aPhoneEndingFindsOnlyTheNumbersThatEndInAllOfIt() {
		long ending = contact(rep, "王五", null, "139 1234 5678", "+8613912345678", null, null);
		long sameLastFour = contact(rep, "赵六", null, "139 8765 5678", "+8613987655678", null, null);

		assertThat(search(rep, "5678")).extracting(CustomerHit::id).containsExactlyInAnyOrder(ending, sameLastFour);
		assertThat(search(rep, "45678")).extracting(CustomerHit::id).containsExactly(ending);
		assertThat(search(rep, "912345678")).extracting(CustomerHit::id).containsExactly(ending);
		assertThat(search(rep, "0912345678")).isEmpty();
	}

	@Test
	void accountPhoneInNationalFormatIsFoundByItsNumber() {
		long shop = account(rep, "海底捞火锅", "0755-2878 0808", null);

		assertThat(search(rep, "075528780808")).extracting(CustomerHit::id, CustomerHit::match)
			.containsExactly(tuple(shop, Match.PHONE));
		assertThat(search(rep, "+86 755 2878 0808").get(0).subtitle()).isEqualTo("0755-2878 0808");
	}

	@Test
	void anEmailAddressFindsItsRecordsExactMatchFirst() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		long exact = account(rep, "Exact Mail Ltd", null, "sales-" + tag + "@example.com");
		long longer = contact(rep, "Zhang Wei", null, null, null, "sales-" + tag + "@example.com.cn", null);

		assertThat(search(rep, "SALES-" + tag + "@example.com")).extracting(CustomerHit::id, CustomerHit::match)
			.containsExactly(tuple(exact, Match.EMAIL), tuple(longer, Match.EMAIL));
		assertThat(search(rep, "sales-" + tag)).extracting(CustomerHit::id).containsExactlyInAnyOrder(exact, longer);
	}

	@Test
	void aTypoInALatinNameStillFindsIt() {
		long siemens = account(rep, "Siemens Ltd., China", null, null);

		assertThat(search(rep, "Siemns")).extracting(CustomerHit::id, CustomerHit::match)
			.containsExactly(tuple(siemens, Match.FUZZY));
		assertThat(search(rep, "siem")).extracting(CustomerHit::id, CustomerHit::match)
			.containsExactly(tuple(siemens, Match.PREFIX));
		assertThat(search(rep, "China")).extracting(CustomerHit::id, CustomerHit::match)
			.containsExactly(tuple(siemens, Match.SUBSTRING));
	}

	@Test
	void contactsAreFoundByTheirCompanyAndShowIt() {
		long contact = contact(rep, "韩梅梅", "Meimei Han", "+86 139 1234 5678", "+8613912345678", null, huawei);

		List<CustomerHit> hits = search(rep, "华为技术");

		assertThat(hits).extracting(CustomerHit::id, CustomerHit::type, CustomerHit::match)
			.containsExactly(tuple(huawei, Type.ACCOUNT, Match.PREFIX), tuple(contact, Type.CONTACT, Match.COMPANY));
		assertThat(hits.get(1).subtitle()).isEqualTo("华为技术有限公司 · +86 139 1234 5678");
		assertThat(hits.get(1).link()).isEqualTo("/contacts/" + contact);
		assertThat(search(rep, "meimei")).extracting(CustomerHit::id).containsExactly(contact);
	}

	@Test
	void aRepNeverSeesAnotherRepsRecordsAndTheManagerSeesHisReps() {
		String tag = "Zephyrine" + UUID.randomUUID().toString().substring(0, 6);
		long own = account(rep, tag + " Trading", null, null);
		long others = account(otherRep, tag + " Foods", null, null);
		long othersContact = contact(otherRep, tag + " Person", null, null, null, null, own);

		assertThat(search(rep, tag)).extracting(CustomerHit::id).containsExactly(own);
		assertThat(search(otherRep, tag)).extracting(CustomerHit::id).containsExactlyInAnyOrder(others, othersContact);
		assertThat(search(manager, tag)).extracting(CustomerHit::id).containsExactly(own);
	}

	@Test
	void theApiAnswersHitsAndProblemsForBadQueries() throws Exception {
		String bearer = rep.bearer(users);
		mvc.perform(
				get("/api/v1/search").param("q", "华为").param("limit", "5").header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.query").value("华为"))
			.andExpect(jsonPath("$.hits[0].id").value(huawei))
			.andExpect(jsonPath("$.hits[0].type").value("ACCOUNT"))
			.andExpect(jsonPath("$.hits[0].link").value("/accounts/" + huawei));
		mvc.perform(get("/api/v1/search").header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(
				get("/api/v1/search").param("q", "华为").param("limit", "51").header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void theSearchPageListsAccountsAndContactsWithoutJavaScript() throws Exception {
		contact(rep, "韩梅梅", null, "+86 139 1234 5678", "+8613912345678", null, huawei);
		mvc.perform(get("/search").param("q", "华为").with(users.session(rep)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/accounts/" + huawei + "\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("bi-person")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("韩梅梅")));
	}

	private List<CustomerHit> search(TestUser user, String query) {
		return users.as(user, () -> search.search(query, 20));
	}

	private long account(TestUser owner, String name, @Nullable String phone, @Nullable String email) {
		return users.as(owner,
				() -> accounts
					.create(new SaveAccount(name, AccountKind.COMPANY, null, null, null, "CN", null, null, null, null,
							null, phone, email, null, null, null, null, null, null))
					.id());
	}

	private long contact(TestUser owner, String fullName, @Nullable String alternateName, @Nullable String mobile,
			@Nullable String mobileE164, @Nullable String email, @Nullable Long accountId) {
		long id = jdbc.sql("select nextval('customer_contact_seq')").query(Long.class).single();
		jdbc.sql("""
				insert into customer_contact (id, full_name, alternate_name, mobile, mobile_e164, email, owner_id,
				    version, created_at, updated_at, search_terms)
				values (:id, :fullName, :alternateName, :mobile, :mobileE164, :email, :owner, 0, current_timestamp,
				    current_timestamp, :terms)
				""")
			.param("id", id)
			.param("fullName", fullName)
			.param("alternateName", alternateName)
			.param("mobile", mobile)
			.param("mobileE164", mobileE164)
			.param("email", email)
			.param("owner", owner.id())
			.param("terms", SearchTerms.of(fullName, alternateName, mobile, mobileE164))
			.update();
		if (accountId != null) {
			jdbc.sql("""
					insert into customer_account_contact (account_id, contact_id, is_primary, created_at)
					values (?, ?, true, current_timestamp)
					""").params(accountId, id).update();
		}
		return id;
	}

}
