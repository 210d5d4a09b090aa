package io.guanxi.relationship;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.SaveAccount;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.platform.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Company links: the rules they keep, who sees them, and their API. */
@IntegrationTest
class CompanyLinksIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	CompanyLinks links;

	@Autowired
	AccountService accounts;

	TestUser rep;

	String unique;

	@BeforeEach
	void rep() {
		rep = users.create(Role.SALES_REP);
		unique = UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void aLinkThatWouldMakeACompanyItsOwnParentIsRefused() {
		long holding = account("Holding");
		long sub = account("Sub");
		long subSub = account("SubSub");
		link(holding, sub, CompanyLinkKind.PARENT, null);
		link(subSub, sub, CompanyLinkKind.GROUP_MEMBER, null);

		assertCircle(() -> link(subSub, holding, CompanyLinkKind.PARENT, null));
		assertCircle(() -> link(holding, subSub, CompanyLinkKind.GROUP_MEMBER, null));
		assertCircle(() -> link(subSub, holding, CompanyLinkKind.SHAREHOLDER, new BigDecimal("50.01")));
		assertCircle(() -> link(sub, holding, CompanyLinkKind.PARENT, null));
		// relations that put nobody above anybody are fine, and so is a minority stake
		link(subSub, holding, CompanyLinkKind.SUPPLIER, null);
		link(subSub, holding, CompanyLinkKind.SHAREHOLDER, new BigDecimal("50"));
		assertThat(as(() -> links.of(holding))).hasSize(3);
	}

	@Test
	void changingALinkIntoAParentLinkIsCheckedToo() {
		long a = account("A");
		long b = account("B");
		link(a, b, CompanyLinkKind.PARENT, null);
		CompanyLinkView partner = link(b, a, CompanyLinkKind.PARTNER, null);

		assertThatThrownBy(() -> as(() -> links.update(partner.id(),
				new SaveCompanyLink(b, a, CompanyLinkKind.PARENT, null, null, null, null), partner.version())))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("relationship.link.error.cycle");
	}

	@Test
	void periodsThatNeverMeetMakeNoCircle() {
		long a = account("A");
		long b = account("B");
		as(() -> links.create(new SaveCompanyLink(a, b, CompanyLinkKind.PARENT, null, LocalDate.of(2010, 1, 1),
				LocalDate.of(2015, 1, 1), "sold in 2015")));

		CompanyLinkView reversed = as(() -> links.create(new SaveCompanyLink(b, a, CompanyLinkKind.PARENT, null,
				LocalDate.of(2016, 1, 1), null, "bought back")));

		assertThat(reversed.kind()).isEqualTo(CompanyLinkKind.PARENT);
	}

	@Test
	void aShareBelongsToShareholdersOnly() {
		long a = account("A");
		long b = account("B");

		assertThatThrownBy(() -> link(a, b, CompanyLinkKind.PARTNER, new BigDecimal("20")))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("relationship.link.error.share");
		assertThat(link(a, b, CompanyLinkKind.SHAREHOLDER, new BigDecimal("20")).sharePercent())
			.isEqualByComparingTo("20");
	}

	@Test
	void linksToAccountsTheCallerMayNotReadAreLeftOut() {
		TestUser other = users.create(Role.SALES_REP);
		TestUser admin = users.create(Role.ADMIN);
		long mine = account("Mine");
		long visible = account("Visible");
		long hidden = users.as(other, () -> accounts.create(new SaveAccount("Hidden " + unique, null)).id());
		link(mine, visible, CompanyLinkKind.CUSTOMER, null);
		CompanyLinkView secret = users.as(admin,
				() -> links.create(new SaveCompanyLink(hidden, mine, CompanyLinkKind.PARENT, null, null, null, null)));

		assertThat(as(() -> links.of(mine))).extracting(CompanyLinkView::toAccountName)
			.containsExactly("Visible " + unique);
		assertThatThrownBy(() -> as(() -> links.get(secret.id()))).isInstanceOf(RecordNotFoundException.class);
		assertThatThrownBy(() -> link(mine, hidden, CompanyLinkKind.PARTNER, null))
			.isInstanceOf(RecordNotFoundException.class);
		assertThat(users.as(admin, () -> links.of(mine))).hasSize(2);
	}

	@Test
	void theApiCreatesChangesEndsAndDeletesALinkWithETags() throws Exception {
		String bearer = rep.bearer(users);
		long parent = account("Parent");
		long child = account("Child");

		String created = mvc
			.perform(post("/api/v1/accounts/" + child + "/company-links").header(HttpHeaders.AUTHORIZATION, bearer)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"fromAccountId\": " + parent + ", \"kind\": \"SHAREHOLDER\", \"sharePercent\": 35.5}"))
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
			.andExpect(header().string(HttpHeaders.LOCATION, containsString("/api/v1/company-links/")))
			.andExpect(jsonPath("$.fromAccountId").value(parent))
			.andExpect(jsonPath("$.toAccountId").value(child))
			.andExpect(jsonPath("$.toAccountName").value("Child " + unique))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();

		mvc.perform(get("/api/v1/accounts/" + parent + "/company-links").header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(jsonPath("$[0].id").value(id));
		mvc.perform(put("/api/v1/company-links/" + id).header(HttpHeaders.AUTHORIZATION, bearer)
			.header(HttpHeaders.IF_MATCH, "\"7\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"SHAREHOLDER\", \"sharePercent\": 60}"))
			.andExpect(status().isPreconditionFailed())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(put("/api/v1/company-links/" + id).header(HttpHeaders.AUTHORIZATION, bearer)
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"SHAREHOLDER\", \"sharePercent\": 60, \"validTo\": \"2030-01-01\"}"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
			.andExpect(jsonPath("$.sharePercent").value(60))
			.andExpect(jsonPath("$.validTo").value("2030-01-01"));
		mvc.perform(delete("/api/v1/company-links/" + id).header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isPreconditionRequired());
		mvc.perform(delete("/api/v1/company-links/" + id).header(HttpHeaders.AUTHORIZATION, bearer)
			.header(HttpHeaders.IF_MATCH, "\"1\"")).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/company-links/" + id).header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isNotFound());
	}

	@Test
	void theApiExplainsARefusedCircleInTheCallersLanguage() throws Exception {
		String bearer = rep.bearer(users);
		long a = account("上级");
		long b = account("下级");
		link(a, b, CompanyLinkKind.PARENT, null);
		String body = "{\"toAccountId\": " + a + ", \"kind\": \"PARENT\"}";

		mvc.perform(post("/api/v1/accounts/" + b + "/company-links").header(HttpHeaders.AUTHORIZATION, bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("a company cannot be its own parent")));
		mvc.perform(post("/api/v1/accounts/" + b + "/company-links").header(HttpHeaders.AUTHORIZATION, bearer)
			.header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("公司不能成为自己的上级")));
		mvc.perform(post("/api/v1/accounts/" + b + "/company-links").header(HttpHeaders.AUTHORIZATION, bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"toAccountId\": " + a + ", \"kind\": \"PARTNER\", \"sharePercent\": 101}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sharePercent"));
		mvc.perform(post("/api/v1/accounts/" + b + "/company-links").header(HttpHeaders.AUTHORIZATION, bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"PARTNER\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	private void assertCircle(Runnable attempt) {
		assertThatThrownBy(attempt::run).isInstanceOf(BusinessRuleException.class)
			.hasMessage("relationship.link.error.cycle");
	}

	private CompanyLinkView link(long from, long to, CompanyLinkKind kind, BigDecimal share) {
		return as(() -> links.create(new SaveCompanyLink(from, to, kind, share, null, null, null)));
	}

	private long account(String name) {
		return as(() -> accounts.create(new SaveAccount(name + " " + unique, null)).id());
	}

	private <T> T as(java.util.function.Supplier<T> work) {
		return users.as(rep, work);
	}

}
