package io.guanxi.sales;

import java.util.UUID;

import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.SaveAccount;
import io.guanxi.platform.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The lead pages: form, list, steps, conversion and the admin rules, with access checks.
 */
@IntegrationTest
class LeadPagesIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	Leads leads;

	@Autowired
	AccountService accounts;

	@Autowired
	LeadRules rules;

	TestUser rep;

	String unique;

	@BeforeEach
	void setUp() {
		rep = users.create(Role.SALES_REP);
		unique = UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void theFormExplainsWhatIsMissingInTheUsersLanguage() throws Exception {
		mvc.perform(post("/leads").with(users.session(rep)).with(csrf()).param("companyName", "Firm " + unique))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Enter a family name, a given name or both."),
					containsString("Enter an e-mail address or a phone number"))));
		mvc.perform(post("/leads").with(users.session(rep))
			.with(csrf())
			.header("Accept-Language", "zh-CN")
			.param("familyName", "王")
			.param("mobile", "12")).andExpect(status().isOk()).andExpect(content().string(containsString("线索")));

		mvc.perform(post("/leads").with(users.session(rep))
			.with(csrf())
			.param("familyName", "王")
			.param("givenName", unique)
			.param("email", unique + "@example.com")
			.param("source", "REFERRAL")
			.param("ownerId", ""))
			.andExpect(redirectedUrlPattern("/leads/*"))
			.andExpect(flash().attribute("saved", true));
		assertThat(users.as(rep, () -> leads.list(new LeadFilter(unique, null, null, null), PageRequest.of(0, 5))))
			.singleElement()
			.satisfies(lead -> assertThat(lead.source()).isEqualTo(LeadSource.REFERRAL));
	}

	@Test
	void theListFiltersAndItsResultsComeAloneForHtmx() throws Exception {
		LeadDetails lead = create("List " + unique);
		users.as(rep, () -> leads.qualify(lead.id(), lead.version()));
		create("Other " + unique);

		mvc.perform(get("/leads").with(users.session(rep)).param("q", unique).param("status", "QUALIFIED"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("List " + unique), not(containsString("Other " + unique)),
					containsString("id=\"lead-filter\""))));
		mvc.perform(get("/leads").with(users.session(rep))
			.param("q", unique)
			.param("sort", "score,desc")
			.header("HX-Request", "true")
			.header("HX-Target", "lead-results"))
			.andExpect(content().string(allOf(containsString("Other " + unique), not(containsString("lead-filter")))));
		mvc.perform(get("/leads").with(users.session(rep)).param("q", "nothing-" + unique))
			.andExpect(content().string(containsString("No lead matches these filters.")));
	}

	@Test
	void theDetailPageOffersTheStepsTheStatusAllows() throws Exception {
		LeadDetails lead = create("Steps " + unique);

		mvc.perform(get("/leads/" + lead.id()).with(users.session(rep)))
			.andExpect(content().string(allOf(containsString("Start working"), containsString("Qualify"),
					not(containsString("data-testid=\"lead-convert\"")), containsString("Score and why"))));
		mvc.perform(post("/leads/" + lead.id() + "/work").with(users.session(rep))
			.with(csrf())
			.param("version", String.valueOf(lead.version()))).andExpect(redirectedUrl("/leads/" + lead.id()));
		mvc.perform(
				post("/leads/" + lead.id() + "/disqualify").with(users.session(rep)).with(csrf()).param("version", "1"))
			.andExpect(flash().attribute("problemKey", "sales.lead.error.reasonRequired"));
		mvc.perform(get("/leads/" + lead.id()).with(users.session(rep)))
			.andExpect(content().string(containsString("data-testid=\"lead-convert\"")));
	}

	@Test
	void theConversionPageShowsTheDuplicateAndLinksTheLeadToIt() throws Exception {
		long account = users.as(rep, () -> accounts.create(new SaveAccount("Page " + unique, null)).id());
		LeadDetails lead = create("Page " + unique);
		LeadDetails working = users.as(rep, () -> leads.work(lead.id(), lead.version()));

		mvc.perform(get("/leads/" + lead.id() + "/convert").with(users.session(rep)))
			.andExpect(content()
				.string(allOf(containsString("account-choice-" + account), containsString("same name"), containsString(
						"value=\"" + account + "\" id=\"account-" + account + "\" name=\"account\" checked"))));
		mvc.perform(post("/leads/" + lead.id() + "/convert").with(users.session(rep))
			.with(csrf())
			.param("version", String.valueOf(working.version()))
			.param("contact", "new"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose an account and a contact")));
		mvc.perform(post("/leads/" + lead.id() + "/convert").with(users.session(rep))
			.with(csrf())
			.param("version", String.valueOf(working.version()))
			.param("account", String.valueOf(account))
			.param("contact", "new")).andExpect(redirectedUrl("/accounts/" + account));

		assertThat(users.as(rep, () -> leads.get(lead.id())).convertedAccountId()).isEqualTo(account);
		mvc.perform(get("/leads/" + lead.id()).with(users.session(rep)))
			.andExpect(content().string(
					allOf(containsString("data-testid=\"lead-converted\""), containsString("/accounts/" + account))));
	}

	@Test
	void aConversionThatOpensAnOpportunityLandsOnIt() throws Exception {
		LeadDetails lead = create("Opportunity " + unique);
		LeadDetails working = users.as(rep, () -> leads.work(lead.id(), lead.version()));

		mvc.perform(post("/leads/" + lead.id() + "/convert").with(users.session(rep))
			.with(csrf())
			.param("version", String.valueOf(working.version()))
			.param("account", "new")
			.param("contact", "new")
			.param("createOpportunity", "true")
			.param("opportunityName", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Name the opportunity, or do not open one.")));
		String target = mvc
			.perform(post("/leads/" + lead.id() + "/convert").with(users.session(rep))
				.with(csrf())
				.param("version", String.valueOf(working.version()))
				.param("account", "new")
				.param("contact", "new")
				.param("createOpportunity", "true")
				.param("opportunityName", "Opportunity " + unique)
				.param("amount", "1000")
				.param("currency", "USD"))
			.andExpect(redirectedUrlPattern("/opportunities/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		assertThat(target)
			.isEqualTo("/opportunities/" + users.as(rep, () -> leads.get(lead.id())).convertedOpportunityId());
	}

	@Test
	void anotherTeamsRepSeesNoneOfTheLeadsPages() throws Exception {
		LeadDetails lead = create("Hidden " + unique);
		TestUser stranger = users.create(Role.SALES_REP);
		TestUser manager = users.create(Role.SALES_MANAGER);
		TestUser report = users.create(Role.SALES_REP, manager);
		LeadDetails reports = users.as(report,
				() -> leads.create(SaveLead.of("Report", unique, "Own", unique + "@r.example")));

		mvc.perform(get("/leads/" + lead.id()).with(users.session(stranger))).andExpect(status().isNotFound());
		mvc.perform(get("/leads/" + lead.id() + "/convert").with(users.session(stranger)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/leads").with(users.session(stranger)).param("q", unique))
			.andExpect(content().string(not(containsString("Hidden " + unique))));
		mvc.perform(get("/leads/" + reports.id()).with(users.session(manager))).andExpect(status().isOk());
		mvc.perform(get("/admin/lead-rules").with(users.session(rep))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/lead-rules").with(users.session(users.create(Role.ADMIN))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("When no rule matches")));
	}

	@Test
	void theAdministratorKeepsTheRulesOnTheirPage() throws Exception {
		TestUser admin = users.create(Role.ADMIN);
		String city = "Rulecity " + unique;

		mvc.perform(post("/admin/lead-rules").with(users.session(admin))
			.with(csrf())
			.param("name", "Rule " + unique)
			.param("city", city)
			.param("active", "true")
			.param("_active", "on"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose either a user or a team.")));
		mvc.perform(post("/admin/lead-rules").with(users.session(admin))
			.with(csrf())
			.param("name", "Rule " + unique)
			.param("city", city)
			.param("assigneeUserId", String.valueOf(rep.id()))
			.param("_active", "on")).andExpect(redirectedUrl("/admin/lead-rules"));

		LeadRuleView rule = users.as(admin, () -> rules.list())
			.stream()
			.filter(saved -> saved.name().equals("Rule " + unique))
			.findFirst()
			.orElseThrow();
		assertThat(rule.active()).as("an unticked box switches the rule off").isFalse();
		mvc.perform(get("/admin/lead-rules").with(users.session(admin)))
			.andExpect(content().string(allOf(containsString("Rule " + unique), containsString(city))));
		mvc.perform(post("/admin/lead-rules/" + rule.id() + "/delete").with(users.session(admin))
			.with(csrf())
			.param("version", String.valueOf(rule.version()))).andExpect(flash().attribute("deleted", true));
		assertThat(users.as(admin, () -> rules.list())).noneMatch(saved -> saved.id() == rule.id());
	}

	private LeadDetails create(String company) {
		return users.as(rep, () -> leads.create(new SaveLead("Ma", unique, company, "Buyer", null, "13800138000", null,
				null, null, null, LeadSource.MANUAL, null, null, null)));
	}

}
