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

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The customer profile page: key facts and their inline editor. */
@IntegrationTest
class AccountProfilePageIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	AccountService accounts;

	TestUser rep;

	long id;

	@BeforeEach
	void anAccount() {
		rep = users.create(Role.SALES_REP);
		id = users.as(rep, () -> accounts.create(new SaveAccount("Profile Co " + UUID.randomUUID(), null)).id());
	}

	@Test
	void theInlineEditorSavesAndSendsTheTitleBarOutOfBand() throws Exception {
		mvc.perform(post("/accounts/" + id + "/facts").with(users.session(rep))
			.with(csrf())
			.header("HX-Request", "true")
			.param("version", "0")
			.param("name", "Renamed Profile Co")
			.param("kind", "COMPANY")
			.param("industry", "RETAIL")
			.param("phone", "138 0013 8000")
			.param("lifecycleStage", "AT_RISK")
			.param("status", "ACTIVE"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"account-facts\""), containsString("138 0013 8000"),
					containsString("tel:+8613800138000"), containsString("hx-swap-oob=\"true\""),
					containsString("Renamed Profile Co"), not(containsString("<html")))));

		AccountDetails saved = users.as(rep, () -> accounts.get(id));
		assertThat(saved.industry()).isEqualTo(Industry.RETAIL);
		assertThat(saved.lifecycleStage()).isEqualTo(LifecycleStage.AT_RISK);
		assertThat(saved.version()).isEqualTo(1);

		// the history shows the choices by their labels, not their stored codes
		mvc.perform(get("/accounts/" + id).with(users.session(rep)))
			.andExpect(content().string(allOf(containsString("→ <span>At risk of churn</span>"),
					containsString("→ <span>Retail</span>"), not(containsString("AT_RISK")))));
	}

	@Test
	void anInvalidPhoneReRendersTheEditorWithTheMessageInTheUsersLanguage() throws Exception {
		mvc.perform(post("/accounts/" + id + "/facts").with(users.session(rep))
			.with(csrf())
			.header("HX-Request", "true")
			.locale(Locale.SIMPLIFIED_CHINESE)
			.param("version", "0")
			.param("name", "Still named")
			.param("phone", "12345"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("<form"), containsString("is-invalid"), containsString("不是此国家/地区的有效电话号码"))));
		assertThat(users.as(rep, () -> accounts.get(id)).version()).isZero();
	}

	@Test
	void aStaleInlineEditSaysSoAndKeepsTheOtherChange() throws Exception {
		users.as(rep, () -> accounts.update(id, new SaveAccount("Changed elsewhere", null), 0));
		mvc.perform(post("/accounts/" + id + "/facts").with(users.session(rep))
			.with(csrf())
			.header("HX-Request", "true")
			.param("version", "0")
			.param("name", "Late change"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("alert-danger")));
		assertThat(users.as(rep, () -> accounts.get(id)).name()).isEqualTo("Changed elsewhere");
	}

	@Test
	void anotherRepCannotOpenTheEditor() throws Exception {
		TestUser other = users.create(Role.SALES_REP);
		mvc.perform(get("/accounts/" + id + "/facts/edit").with(users.session(other))).andExpect(status().isNotFound());
		mvc.perform(post("/accounts/" + id + "/facts").with(users.session(other))
			.with(csrf())
			.param("version", "0")
			.param("name", "Hijacked")).andExpect(status().isNotFound());
	}

}
