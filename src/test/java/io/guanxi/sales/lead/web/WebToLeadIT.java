package io.guanxi.sales.lead.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.platform.Role;
import io.guanxi.sales.LeadDetails;
import io.guanxi.sales.LeadFilter;
import io.guanxi.sales.LeadRules;
import io.guanxi.sales.LeadSource;
import io.guanxi.sales.LeadSummary;
import io.guanxi.sales.Leads;
import io.guanxi.sales.SaveLeadRule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public web-to-lead form: open without signing in and without a CSRF token, and
 * closed to robots (the hidden field, the minimum fill time, the limit per address). Each
 * test posts from an address of its own, and its city matches a rule of its own.
 */
@IntegrationTest
class WebToLeadIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	Leads leads;

	@Autowired
	LeadRules rules;

	@Autowired
	FormTokens tokens;

	TestUser owner;

	TestUser admin;

	String unique;

	String address;

	@BeforeEach
	void setUp() {
		admin = users.create(Role.ADMIN);
		owner = users.create(Role.SALES_REP);
		unique = UUID.randomUUID().toString().substring(0, 8);
		address = "10.77." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
		users.as(admin, () -> rules
			.create(new SaveLeadRule("web " + unique, null, city(), null, null, owner.id(), null, true)));
	}

	@Test
	void theFormOpensWithoutSigningInAndAGoodSubmissionBecomesALeadOfTheRulesOwner() throws Exception {
		String page = mvc.perform(get("/public/leads").param("campaign", "Expo " + unique))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String form = page.substring(page.indexOf("data-testid=\"web-form\""));
		form = form.substring(0, form.indexOf("</form>"));
		assertThat(form).contains("name=\"token\"", "name=\"website\"", "Expo " + unique).doesNotContain("_csrf");

		mvc.perform(submission(aMinuteAgo()).param("campaign", "Expo " + unique))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/public/leads/thanks"));

		LeadSummary saved = found().orElseThrow();
		assertThat(saved.source()).isEqualTo(LeadSource.WEB_FORM);
		assertThat(saved.ownerId()).isEqualTo(owner.id());
		LeadDetails lead = users.as(owner, () -> leads.get(saved.id()));
		assertThat(lead.campaign()).isEqualTo("Expo " + unique);
		assertThat(lead.mobileE164()).isEqualTo("+8613700137000");
		mvc.perform(get("/public/leads/thanks")).andExpect(content().string(containsString("Thank you!")));
	}

	@Test
	void aFilledHiddenFieldIsThankedButNothingIsSaved() throws Exception {
		mvc.perform(submission(aMinuteAgo()).param("website", "http://spam.example"))
			.andExpect(redirectedUrl("/public/leads/thanks"));

		assertThat(found()).isEmpty();
	}

	@Test
	void aFormSentFasterThanAPersonTypesIsShownAgain() throws Exception {
		mvc.perform(submission(Instant.now()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("quicker than a person types")))
			.andExpect(content().string(containsString("value=\"" + unique + "\"")));

		assertThat(found()).isEmpty();
	}

	@Test
	void aForgedOrStaleTokenIsRefused() throws Exception {
		String forged = Instant.now().minusSeconds(60).toEpochMilli() + ".not-the-signature";
		mvc.perform(submission(forged)).andExpect(status().isUnprocessableContent());
		mvc.perform(submission(Instant.now().minus(Duration.ofDays(2))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("open too long")));

		assertThat(found()).isEmpty();
	}

	@Test
	void anAddressThatSendsTooOftenIsRefusedForAWhile() throws Exception {
		for (int i = 0; i < 5; i++) {
			mvc.perform(submission(aMinuteAgo()).param("website", "robot")).andExpect(status().is3xxRedirection());
		}

		mvc.perform(submission(aMinuteAgo()))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("Too many messages")));
		assertThat(found()).isEmpty();
		address = "10.78.1." + (int) (Math.random() * 250);
		mvc.perform(submission(aMinuteAgo())).andExpect(redirectedUrl("/public/leads/thanks"));
		assertThat(found()).isPresent();
	}

	@Test
	void invalidDetailsAreShownWithTheirMessages() throws Exception {
		mvc.perform(post("/public/leads").with(request -> {
			request.setRemoteAddr(address);
			return request;
		}).param("token", tokens.issue(aMinuteAgo())).param("givenName", unique).param("city", city()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Enter an e-mail address or a phone number")));
	}

	private MockHttpServletRequestBuilder submission(Instant issued) {
		return submission(tokens.issue(issued));
	}

	private MockHttpServletRequestBuilder submission(String token) {
		return post("/public/leads").with(request -> {
			request.setRemoteAddr(address);
			return request;
		})
			.param("token", token)
			.param("familyName", "Web")
			.param("givenName", unique)
			.param("companyName", "Visitor " + unique)
			.param("email", unique + "@visitor.example")
			.param("mobile", "137 0013 7000")
			.param("city", city())
			.param("ownerId", String.valueOf(admin.id()))
			.param("source", "REFERRAL");
	}

	private Optional<LeadSummary> found() {
		return users
			.as(admin, () -> leads.list(new LeadFilter(unique, null, null, null), PageRequest.of(0, 5)).getContent())
			.stream()
			.findFirst();
	}

	private String city() {
		return "Webtown " + unique;
	}

	private static Instant aMinuteAgo() {
		return Instant.now().minusSeconds(60);
	}

}
