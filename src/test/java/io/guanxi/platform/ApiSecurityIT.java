package io.guanxi.platform;

import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ApiSecurityIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Test
	void unauthenticatedApiCallGetsProblemDetails() throws Exception {
		mvc.perform(get("/api/v1/accounts"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.instance").value("/api/v1/accounts"));
	}

	@Test
	void unknownTokenIsRejected() throws Exception {
		mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer gx_not-a-real-token"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void tokenWorksUntilItIsRevoked() throws Exception {
		TestUser rep = users.create(Role.SALES_REP);
		String bearer = rep.bearer(users);
		mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(rep.username()));
		String id = com.jayway.jsonpath.JsonPath
			.read(mvc.perform(get("/api/v1/tokens").header(HttpHeaders.AUTHORIZATION, bearer))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$[0].id")
			.toString();

		mvc.perform(delete("/api/v1/tokens/" + id).header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isNoContent());

		mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value(containsString("revoked")));
	}

	@Test
	void tokensOfADisabledUserStopWorking() throws Exception {
		TestUser admin = users.create(Role.ADMIN);
		TestUser rep = users.create(Role.SALES_REP);
		String bearer = rep.bearer(users);
		users.as(admin, () -> {
			var service = users.userService();
			var form = service.editForm(rep.id());
			service.update(rep.id(), new io.guanxi.platform.user.UpdateUser(form.displayName(), form.email(),
					form.role(), form.teamId(), form.managerId(), false, form.version()));
			return null;
		});
		mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer)).andExpect(status().isUnauthorized());
	}

	@Test
	void tokenSecretsAreNeverListed() throws Exception {
		TestUser rep = users.create(Role.SALES_REP);
		String bearer = rep.bearer(users);
		String secret = bearer.substring("Bearer ".length());
		mvc.perform(get("/api/v1/tokens").header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].prefix").value(secret.substring(0, 10)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(secret))));
	}

	@Test
	void creatingATokenValidatesItsFields() throws Exception {
		TestUser rep = users.create(Role.SALES_REP);
		mvc.perform(post("/api/v1/tokens").header(HttpHeaders.AUTHORIZATION, rep.bearer(users))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"\", \"expiresInDays\": 0}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[?(@.field == 'name')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'expiresInDays')]").exists());
	}

	@Test
	void healthIsPublicButMetricsNeedAnAdmin() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
		mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
		mvc.perform(get("/actuator/prometheus").header(HttpHeaders.AUTHORIZATION,
				users.create(Role.SALES_REP).bearer(users)))
			.andExpect(status().isForbidden());
		mvc.perform(
				get("/actuator/prometheus").header(HttpHeaders.AUTHORIZATION, users.create(Role.ADMIN).bearer(users)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm_memory_used_bytes")));
	}

	@Test
	void unknownApiPathIsAProblemToo(@LocalServerPort int port) throws Exception {
		// Over real HTTP: the servlet container's error dispatch is what turns this into
		// a problem.
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/no-such-thing"))
				.header(HttpHeaders.AUTHORIZATION, users.create(Role.SALES_REP).bearer(users))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE));
		assertThat(response.body()).contains("\"status\":404");
	}

	@Test
	void openApiDocumentDescribesTheApi() throws Exception {
		mvc.perform(get("/api/docs/openapi.json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/accounts']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/tokens']").exists())
			.andExpect(jsonPath("$.info.title").value("Guanxi API"))
			.andExpect(jsonPath("$.components.securitySchemes.personalToken.scheme").value("bearer"));
	}

}
