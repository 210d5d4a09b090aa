package io.guanxi.relationship;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.ContactService;
import io.guanxi.customer.SaveAccount;
import io.guanxi.customer.SaveContact;
import io.guanxi.platform.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
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
 * The pages of the relationship graph: related companies on the account page and their
 * forms, the group and network pages, relationships on the contact page.
 */
@IntegrationTest
class RelationshipPagesIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Autowired
	CompanyLinks links;

	@Autowired
	PersonTies ties;

	TestUser rep;

	String unique;

	long parent;

	long child;

	@BeforeEach
	void twoCompanies() {
		rep = users.create(Role.SALES_REP);
		unique = UUID.randomUUID().toString().substring(0, 6);
		parent = account("母公司");
		child = account("子公司");
	}

	@Test
	void aRelatedCompanyIsAddedOnItsFormAndShownOnBothAccountPages() throws Exception {
		mvc.perform(
				get("/accounts/" + child + "/company-links/new").param("q", "母公司 " + unique).with(users.session(rep)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"otherAccountId\""),
					containsString("value=\"" + parent + "\""), containsString("IN_PARENT"))));

		mvc.perform(post("/accounts/" + child + "/company-links").with(users.session(rep))
			.with(csrf())
			.param("relation", "IN_PARENT")
			.param("otherAccountId", String.valueOf(parent))
			.param("validFrom", "2020-01-01")).andExpect(redirectedUrl("/accounts/" + child + "#related-companies"));

		mvc.perform(get("/accounts/" + child).with(users.session(rep)))
			.andExpect(content().string(allOf(containsString("Related companies"), containsString("Parent company"),
					containsString("母公司 " + unique), containsString("Since 2020-01-01"))));
		mvc.perform(get("/accounts/" + parent).with(users.session(rep)))
			.andExpect(content().string(allOf(containsString("Subsidiary"), containsString("子公司 " + unique))));
	}

	@Test
	void aRefusedLinkReShowsTheFormWithTheReasonInTheUsersLanguage() throws Exception {
		users.as(rep,
				() -> links.create(new SaveCompanyLink(parent, child, CompanyLinkKind.PARENT, null, null, null, null)));

		mvc.perform(post("/accounts/" + parent + "/company-links").with(users.session(rep))
			.with(csrf())
			.header("Accept-Language", "zh-CN")
			.param("relation", "IN_PARENT")
			.param("otherAccountId", String.valueOf(child)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("公司不能成为自己的上级"), containsString("checked=\"checked\""))));
		mvc.perform(post("/accounts/" + parent + "/company-links").with(users.session(rep))
			.with(csrf())
			.param("relation", "IN_PARTNER")
			.param("sharePercent", "20"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Pick the other company.")));
	}

	@Test
	void endingAndDeletingALinkAnswerTheSection() throws Exception {
		CompanyLinkView link = users.as(rep, () -> links.create(new SaveCompanyLink(parent, child,
				CompanyLinkKind.SHAREHOLDER, new BigDecimal("70"), LocalDate.of(2020, 1, 1), null, null)));

		mvc.perform(post("/accounts/" + parent + "/company-links/" + link.id() + "/end").with(users.session(rep))
			.with(csrf())
			.header("HX-Request", "true")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"related-companies\""), containsString("Ended"),
					not(containsString("<html")))));
		assertThat(users.as(rep, () -> links.get(link.id())).validTo()).isEqualTo(LocalDate.now());

		mvc.perform(post("/accounts/" + parent + "/company-links/" + link.id() + "/delete").with(users.session(rep))
			.with(csrf())
			.header("HX-Request", "true")
			.param("version", "0")).andExpect(content().string(containsString("Somebody")));
		mvc.perform(post("/accounts/" + parent + "/company-links/" + link.id() + "/delete").with(users.session(rep))
			.with(csrf())
			.header("HX-Request", "true")
			.param("version", "1")).andExpect(content().string(containsString("No related companies yet")));
	}

	@Test
	void theGroupAndNetworkPagesDrawTheFamilyAndTheNetwork() throws Exception {
		users.as(rep,
				() -> links.create(new SaveCompanyLink(parent, child, CompanyLinkKind.PARENT, null, null, null, null)));

		mvc.perform(get("/accounts/" + child + "/group").with(users.session(rep)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Ultimate parent: 母公司 " + unique),
					containsString("data-current=\"true\""), containsString("This company"))));
		mvc.perform(get("/accounts/" + child + "/network").param("depth", "1").with(users.session(rep)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"network-graph\""), containsString("/js/network.js"),
					containsString("data-node=\"account:" + parent + "\""))));
		mvc.perform(get("/accounts/" + child + "/network/data").param("kinds", "PARENT").with(users.session(rep)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nodes.length()").value(2));
		mvc.perform(get("/network/expand").param("node", "account:" + parent).with(users.session(rep)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.focus").value("account:" + parent));
	}

	@Test
	void theContactPageShowsTiesAndWhoKnowsThemAndTheUserRecordsTheirOwnTie() throws Exception {
		long person = contact("张", "伟");
		long mentor = contact("李", "老师");

		mvc.perform(post("/contacts/" + person + "/ties").with(users.session(rep))
			.with(csrf())
			.param("relation", "IN_MENTOR")
			.param("otherContactId", String.valueOf(mentor))
			.param("strength", "4")).andExpect(redirectedUrl("/contacts/" + person + "#relationships"));
		assertThat(users.as(rep, () -> ties.of(person))).singleElement()
			.satisfies(tie -> assertThat(tie.fromContactId()).isEqualTo(mentor));

		mvc.perform(post("/contacts/" + person + "/user-ties").with(users.session(rep))
			.with(csrf())
			.header("HX-Request", "true")
			.param("strength", "5")
			.param("note", "前同事"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"relationships\""), containsString("Mentor"),
					containsString("李老师" + unique), containsString("Test " + rep.username()), containsString("前同事"),
					containsString("Strength 5 of 5"))));
		mvc.perform(get("/contacts/" + mentor).with(users.session(rep)))
			.andExpect(content().string(allOf(containsString("Mentee"), containsString("张伟" + unique))));
		mvc.perform(get("/contacts/" + person + "/ties/new").param("q", "李老师").with(users.session(rep)))
			.andExpect(status().isOk());
	}

	private long account(String name) {
		return users.as(rep, () -> accounts.create(new SaveAccount(name + " " + unique, null)).id());
	}

	private long contact(String family, String given) {
		return users.as(rep, () -> contacts.create(SaveContact.named(family, given + unique)).id());
	}

}
