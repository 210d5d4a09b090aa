package io.guanxi.relationship.transfer;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import io.guanxi.relationship.OrgPerson;
import io.guanxi.relationship.OrgService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code POST /api/v1/relationships/imports}: counts, or every problem as problem+json.
 */
@IntegrationTest
class RelationshipImportApiIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Autowired
	OrgService org;

	@LocalServerPort
	int port;

	TestUser rep;

	String tag;

	long account;

	long boss;

	long report;

	@BeforeEach
	void data() {
		rep = users.create(Role.SALES_REP);
		tag = UUID.randomUUID().toString().substring(0, 8);
		account = users.as(rep, () -> accounts.create(new SaveAccount("API " + tag, null)).id());
		boss = users.as(rep, () -> contacts.create(SaveContact.named("Boss", tag)).id());
		report = users.as(rep, () -> contacts.create(SaveContact.named("Report", tag)).id());
	}

	@Test
	void aMultipartFileIsImportedAndCounted() throws Exception {
		mvc.perform(multipart("/api/v1/relationships/imports").file(file(positions()))
			.param("kind", "positions")
			.header(HttpHeaders.AUTHORIZATION, rep.bearer(users)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("positions"))
			.andExpect(jsonPath("$.rows").value(2))
			.andExpect(jsonPath("$.departmentsCreated").value(1));

		assertThat(users.as(rep, () -> org.orgChart(account, LocalDate.of(2025, 1, 1)).people()))
			.extracting(OrgPerson::contactId, OrgPerson::reportsToContactId)
			.containsExactlyInAnyOrder(tuple(boss, null), tuple(report, boss));
	}

	@Test
	void aCsvBodyWithBadRowsIsRefusedAsProblemJsonListingEachRowInTheCallersLanguage() throws Exception {
		String csv = """
				account,contact,title,from
				%1$d,%2$d,CEO,2020-01-01
				%1$d,nobody@example.com,CTO,2020-13-01
				""".formatted(account, boss);

		mvc.perform(post("/api/v1/relationships/imports").param("kind", "positions")
			.contentType("text/csv")
			.content(csv.getBytes(StandardCharsets.UTF_8))
			.header(HttpHeaders.AUTHORIZATION, rep.bearer(users))
			.header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("未导入任何数据：1 行有问题。"))
			.andExpect(jsonPath("$.errorCount").value(2))
			.andExpect(jsonPath("$.errors[0].line").value(3))
			.andExpect(jsonPath("$.errors[0].column").value("contact"))
			.andExpect(jsonPath("$.errors[0].message").value("找不到您有权查看的联系人“nobody@example.com”：请填写编号、邮箱或手机号。"))
			.andExpect(jsonPath("$.errors[1].column").value("from"));

		assertThat(users.as(rep, () -> org.orgChart(account, LocalDate.of(2025, 1, 1)).people())).isEmpty();
	}

	@Test
	void anUnknownKindIsABadRequestAndTheEndpointIsDocumented() throws Exception {
		mvc.perform(post("/api/v1/relationships/imports").param("kind", "friends")
			.contentType("text/csv")
			.content("a,b\n1,2\n")
			.header(HttpHeaders.AUTHORIZATION, rep.bearer(users)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/docs/openapi.json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/relationships/imports'].post").exists());
	}

	@Test
	void aRetryWithTheSameIdempotencyKeyGetsTheFirstAnswerAndImportsNothingAgain() throws Exception {
		String key = UUID.randomUUID().toString();

		HttpResponse<String> first = upload("positions", key, positions());
		HttpResponse<String> retry = upload("positions", key, positions());
		HttpResponse<String> otherKind = upload("person-ties", key, positions());

		assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
		assertThat(retry.statusCode()).as(retry.body()).isEqualTo(200);
		assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
		assertThat(retry.body()).isEqualTo(first.body());
		// the same file for another kind is another request
		assertThat(otherKind.statusCode()).isEqualTo(422);
		assertThat(otherKind.body()).contains("already used for a different request");
		assertThat(users.as(rep, () -> org.orgChart(account, LocalDate.of(2025, 1, 1)).people())).hasSize(2);
	}

	private String positions() {
		return """
				account,contact,title,department,reports_to,from
				%1$d,%3$d,Engineer,R&D,%2$d,2021-01-01
				%1$d,%2$d,CTO,R&D,,2020-01-01
				""".formatted(account, boss, report);
	}

	private static MockMultipartFile file(String csv) {
		return new MockMultipartFile("file", "org.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * A multipart upload as a client writes it: every request with a boundary of its own.
	 */
	private HttpResponse<String> upload(String kind, String key, String csv) throws Exception {
		String boundary = "----gx" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"org.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(csv.getBytes(StandardCharsets.UTF_8));
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + port + "/api/v1/relationships/imports?kind=" + kind))
				.header(HttpHeaders.AUTHORIZATION, rep.bearer(users))
				.header("Idempotency-Key", key)
				.header(HttpHeaders.CONTENT_TYPE, "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

}
