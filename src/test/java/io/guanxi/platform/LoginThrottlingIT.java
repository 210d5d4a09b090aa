package io.guanxi.platform;

import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** A storm of wrong passwords locks the account (the test profile allows 3 failures). */
@IntegrationTest
class LoginThrottlingIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Test
	void signsInWithTheRightPassword() throws Exception {
		TestUser rep = users.create(Role.SALES_REP);
		mvc.perform(formLogin().user(rep.username()).password(TestUsers.PASSWORD))
			.andExpect(authenticated().withUsername(rep.username()))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void failedLoginStormLocksTheAccountEvenForTheRightPassword() throws Exception {
		TestUser rep = users.create(Role.SALES_REP);
		for (int attempt = 0; attempt < 3; attempt++) {
			mvc.perform(formLogin().user(rep.username()).password("guess-" + attempt))
				.andExpect(unauthenticated())
				.andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(formLogin().user(rep.username()).password(TestUsers.PASSWORD))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	void anAdministratorCanLiftTheLock() throws Exception {
		TestUser rep = users.create(Role.SALES_REP);
		for (int attempt = 0; attempt < 3; attempt++) {
			mvc.perform(formLogin().user(rep.username()).password("guess-" + attempt));
		}
		users.userService().unlock(rep.id());
		mvc.perform(formLogin().user(rep.username()).password(TestUsers.PASSWORD))
			.andExpect(authenticated().withUsername(rep.username()));
	}

	@Test
	void aSuccessfulLoginResetsTheCount() throws Exception {
		TestUser rep = users.create(Role.SALES_REP);
		for (int round = 0; round < 2; round++) {
			mvc.perform(formLogin().user(rep.username()).password("wrong-1"));
			mvc.perform(formLogin().user(rep.username()).password("wrong-2"));
			mvc.perform(formLogin().user(rep.username()).password(TestUsers.PASSWORD)).andExpect(authenticated());
		}
	}

	@Test
	void usernamesAreCaseInsensitive() throws Exception {
		TestUser rep = users.create(Role.SALES_REP);
		mvc.perform(formLogin().user(rep.username().toUpperCase()).password(TestUsers.PASSWORD))
			.andExpect(authenticated());
	}

}
