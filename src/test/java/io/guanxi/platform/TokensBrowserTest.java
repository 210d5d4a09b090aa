package io.guanxi.platform;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import io.guanxi.BrowserSupport;
import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class TokensBrowserTest extends BrowserSupport {

	@Autowired
	TestUsers users;

	@Test
	void createUseAndRevokeAToken() {
		TestUser rep = users.create(Role.SALES_REP);
		signIn(rep.username(), TestUsers.PASSWORD);
		page.getByTestId("user-menu").click();
		page.getByText("API tokens").click();

		page.getByLabel("Name").fill("Reporting script");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create token")).click();
		String secret = page.getByTestId("new-token").textContent().strip();
		screenshot("tokens");

		assertThat(callMe(secret).status()).isEqualTo(200);
		page.onceDialog(dialog -> dialog.accept());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke")).click();
		assertThat(page.getByText("The token was revoked.")).isVisible();
		assertThat(callMe(secret).status()).isEqualTo(401);
	}

	private APIResponse callMe(String secret) {
		return page.context()
			.request()
			.get(url("/api/v1/me"), RequestOptions.create().setHeader("Authorization", "Bearer " + secret));
	}

}
