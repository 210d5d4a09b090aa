package io.guanxi.customer.transfer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Imports files through the REST API as one user and waits for the result. */
final class ImportClient {

	private final MockMvc mvc;

	private final String bearer;

	private final String imports;

	/** A client of the account import. */
	ImportClient(MockMvc mvc, String bearer) {
		this(mvc, bearer, "/api/v1/accounts/imports");
	}

	ImportClient(MockMvc mvc, String bearer, String imports) {
		this.mvc = mvc;
		this.bearer = bearer;
		this.imports = imports;
	}

	/** Uploads and starts an import; answers its location. */
	String start(String fileName, byte[] content, String optionsJson) throws Exception {
		var request = multipart(imports)
			.file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
			.header(HttpHeaders.AUTHORIZATION, bearer);
		if (optionsJson != null) {
			request.file(new MockMultipartFile("options", "", "application/json",
					optionsJson.getBytes(StandardCharsets.UTF_8)));
		}
		return mvc.perform(request).andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");
	}

	String job(String location) throws Exception {
		return mvc.perform(get(location).header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** The job as JSON once it has ended. */
	String awaitEnd(String location) throws Exception {
		String[] body = new String[1];
		await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100)).until(() -> {
			body[0] = job(location);
			String state = JsonPath.read(body[0], "$.status");
			return !state.equals("QUEUED") && !state.equals("RUNNING");
		});
		return body[0];
	}

	String run(String fileName, byte[] content, String optionsJson) throws Exception {
		return awaitEnd(start(fileName, content, optionsJson));
	}

	static String options(String mode, String duplicates) {
		return "{\"mode\": \"" + mode + "\", \"duplicates\": \"" + duplicates + "\"}";
	}

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	static <T> T read(String json, String path) {
		return JsonPath.read(json, path);
	}

}
