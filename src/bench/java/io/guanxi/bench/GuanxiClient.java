package io.guanxi.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** HTTP calls to a running Guanxi: API calls with a bearer token, pages with a signed-in session. */
final class GuanxiClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;

	private final HttpClient http;

	GuanxiClient(int port) {
		this.base = "http://127.0.0.1:" + port;
		this.http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.connectTimeout(Duration.ofSeconds(5))
			.version(HttpClient.Version.HTTP_1_1)
			.build();
	}

	/** Signs this client's cookie jar in through the login form, as a browser does. */
	GuanxiClient signIn(String username, String password) throws IOException, InterruptedException {
		String page = send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), 200);
		Matcher csrf = CSRF.matcher(page);
		if (!csrf.find()) {
			throw new IllegalStateException("No CSRF token on the login page");
		}
		String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
				+ encode(csrf.group(1));
		send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), 302);
		return this;
	}

	String api(String token, String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token).build(),
				200);
	}

	/** The status an API call answers, to tell whether an endpoint exists. */
	int status(String token, String path) throws IOException, InterruptedException {
		return http
			.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token).build(),
					HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	/** The status a page answers for this client's session, to tell whether it exists. */
	int pageStatus(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	String create(String token, String path, String json) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), 201);
	}

	String page(String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(base + path)).build(), 200);
	}

	String fragment(String path, String target) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("HX-Request", "true")
			.header("HX-Target", target)
			.build(), 200);
	}

	boolean healthy() {
		try {
			return http
				.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString())
				.body()
				.contains("\"UP\"");
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private String send(HttpRequest request, int expected) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != expected) {
			throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
					+ response.statusCode() + " instead of " + expected + ": " + response.body());
		}
		return response.body();
	}

}
