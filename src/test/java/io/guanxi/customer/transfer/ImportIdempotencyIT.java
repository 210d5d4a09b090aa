package io.guanxi.customer.transfer;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.platform.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upload retried with the same {@code Idempotency-Key} gets the first answer again and
 * starts no second job. Over real HTTP, because a client encodes each retry of a
 * multipart request with a new boundary, and the servlet container parses the parts.
 */
@IntegrationTest
class ImportIdempotencyIT {

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	TestUser rep;

	String tag;

	@BeforeEach
	void signIn() {
		rep = users.create(Role.SALES_REP);
		tag = UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void aRetriedContactUploadWithTheSameKeyStartsNoSecondJob() throws Exception {
		String key = UUID.randomUUID().toString();
		byte[] file = ("姓名,手机\n王芳 " + tag + ",13800138000\n").getBytes(StandardCharsets.UTF_8);

		HttpResponse<String> first = upload("/api/v1/contacts/imports", key, file);
		HttpResponse<String> retry = upload("/api/v1/contacts/imports", key, file);

		assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
		assertThat(retry.statusCode()).as(retry.body()).isEqualTo(202);
		assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
		assertThat(retry.headers().firstValue(HttpHeaders.LOCATION))
			.isEqualTo(first.headers().firstValue(HttpHeaders.LOCATION));
		assertThat(jobs()).isEqualTo(1);
	}

	@Test
	void theSameKeyWithAnotherFileIsRefused() throws Exception {
		String key = UUID.randomUUID().toString();
		HttpResponse<String> first = upload("/api/v1/accounts/imports", key,
				("Name\nOne " + tag + "\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> other = upload("/api/v1/accounts/imports", key,
				("Name\nTwo " + tag + "\n").getBytes(StandardCharsets.UTF_8));

		assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
		assertThat(other.statusCode()).isEqualTo(422);
		assertThat(other.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(jobs()).isEqualTo(1);
	}

	/**
	 * A multipart upload as a client writes it: every request with a boundary of its own.
	 */
	private HttpResponse<String> upload(String path, String key, byte[] file) throws Exception {
		String boundary = "----gx" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + tag
				+ ".csv\"\r\nContent-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(file);
		body.write(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"options\"\r\n"
				+ "Content-Type: application/json\r\n\r\n{\"mode\": \"VALID_ROWS_ONLY\"}\r\n--" + boundary + "--\r\n")
			.getBytes(StandardCharsets.UTF_8));
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header(HttpHeaders.AUTHORIZATION, rep.bearer(users))
				.header("Idempotency-Key", key)
				.header(HttpHeaders.CONTENT_TYPE, "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private long jobs() {
		return jdbc.sql("select count(*) from customer_import_job where file_name = ?")
			.param(tag + ".csv")
			.query(Long.class)
			.single();
	}

}
