package io.guanxi.platform;

import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.platform.user.UpdateUser;
import io.guanxi.platform.user.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

@IntegrationTest
class UserAdminIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	UserService userService;

	@Autowired
	AccessService access;

	@Test
	void anAdministratorCreatesAUserWithAManager() throws Exception {
		TestUser admin = users.create(Role.ADMIN);
		TestUser manager = users.create(Role.SALES_MANAGER);
		String username = "new-rep-" + System.nanoTime();
		mvc.perform(post("/admin/users").param("username", username)
			.param("displayName", "新同事 New Rep")
			.param("role", "SALES_REP")
			.param("managerId", String.valueOf(manager.id()))
			.param("password", "long-enough-password")
			.with(users.session(admin))
			.with(csrf())).andExpect(redirectedUrlPattern("/admin/users/*"));

		long id = userService.findByUsername(username).orElseThrow().id();
		assertThat(users.as(manager, () -> access.scope().ownerIds())).contains(id);
	}

	@Test
	void aTakenUsernameOrShortPasswordIsReportedOnTheForm() throws Exception {
		TestUser admin = users.create(Role.ADMIN);
		mvc.perform(post("/admin/users").param("username", admin.username())
			.param("displayName", "Twin")
			.param("role", "SALES_REP")
			.param("password", "short")
			.locale(java.util.Locale.ENGLISH)
			.with(users.session(admin))
			.with(csrf())).andExpect(content().string(containsString("is-invalid")));
		mvc.perform(post("/admin/users").param("username", admin.username())
			.param("displayName", "Twin")
			.param("role", "SALES_REP")
			.param("password", "long-enough-password")
			.locale(java.util.Locale.ENGLISH)
			.with(users.session(admin))
			.with(csrf())).andExpect(content().string(containsString("is taken")));
	}

	@Test
	void aReportingLineCannotGoRoundInACircle() {
		TestUser admin = users.create(Role.ADMIN);
		TestUser top = users.create(Role.SALES_MANAGER);
		TestUser middle = users.create(Role.SALES_MANAGER, top);
		TestUser bottom = users.create(Role.SALES_REP, middle);
		UpdateUser form = userService.editForm(top.id());
		UpdateUser makeBottomTheBoss = new UpdateUser(form.displayName(), form.email(), form.role(), form.teamId(),
				bottom.id(), true, form.version());

		assertThatThrownBy(() -> users.as(admin, () -> {
			userService.update(top.id(), makeBottomTheBoss);
			return null;
		})).isInstanceOf(BusinessRuleException.class).hasMessage("platform.user.error.managerCycle");
		assertThat(userService.view(top.id()).managerId()).isNull();
	}

	@Test
	void userChangesAreAudited() {
		TestUser admin = users.create(Role.ADMIN);
		TestUser rep = users.create(Role.SALES_REP);
		UpdateUser form = userService.editForm(rep.id());
		users.as(admin, () -> {
			userService.update(rep.id(), new UpdateUser("Renamed Rep", form.email(), Role.SALES_MANAGER, form.teamId(),
					form.managerId(), true, form.version()));
			return null;
		});
		var history = users.as(admin, () -> users.auditHistory().of(io.guanxi.platform.user.User.class, rep.id()));
		assertThat(history).hasSize(2);
		assertThat(history.get(0).username()).isEqualTo(admin.username());
		assertThat(history.get(0).changes()).extracting(HistoryEntry.Change::field).contains("displayName", "role");
	}

}
