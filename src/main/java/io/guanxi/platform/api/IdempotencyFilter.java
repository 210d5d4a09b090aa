package io.guanxi.platform.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import io.guanxi.platform.api.IdempotencyStore.StoredResponse;
import io.guanxi.platform.security.ProblemResponses;
import io.guanxi.platform.security.Sha256;
import io.guanxi.platform.user.SignedInUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on creating POSTs: the first request with a key runs and its
 * response is kept; a retry with the same key and body gets that response again instead
 * of a second record. Runs after Spring Security, so keys belong to the authenticated
 * user. A multipart upload (an import) is compared by its parts, not by its raw body.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";

	private final IdempotencyStore store;

	private final ProblemResponses problems;

	IdempotencyFilter(IdempotencyStore store, ProblemResponses problems) {
		this.store = store;
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith("/api/v1/")
				|| request.getHeader(HEADER) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser user)) {
			chain.doFilter(request, response);
			return;
		}
		String key = request.getHeader(HEADER).trim();
		if (key.isEmpty() || key.length() > 255) {
			problems.write(request, response, HttpStatus.BAD_REQUEST, "Idempotency-Key must have 1 to 255 characters");
			return;
		}
		HttpServletRequest forwarded;
		String hash;
		if (isMultipart(request)) {
			List<byte[]> parts = parts(request);
			if (parts == null) {
				// too large or malformed: the request fails downstream as it would
				// without a key
				chain.doFilter(request, response);
				return;
			}
			hash = Sha256.hex(parts.toArray(byte[][]::new));
			// the container keeps the parts it parsed, so the request goes on as it is
			forwarded = request;
		}
		else {
			byte[] body = request.getInputStream().readAllBytes();
			hash = Sha256.hex(target(request), body);
			forwarded = new CachedBodyRequest(request, body);
		}
		if (!store.claim(user.id(), key, hash)) {
			replay(request, response, store.find(user.id(), key).orElseThrow(), hash);
			return;
		}
		ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(forwarded, recorded);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			// No answer was given, so nothing may be replayed: the client can retry with
			// the same key.
			store.release(user.id(), key);
			throw ex;
		}
		remember(user.id(), key, hash, recorded);
		recorded.copyBodyToResponse();
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
	}

	/**
	 * The path with its query: the same file posted to {@code ?kind=positions} and to
	 * {@code ?kind=person-ties} are two requests.
	 */
	private static byte[] target(HttpServletRequest request) {
		String query = request.getQueryString();
		return (request.getRequestURI() + (query == null ? "" : "?" + query)).getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * A multipart request's fingerprint: the path, then each part's name, file name and
	 * content. Not its raw body, which holds a boundary that a client draws anew for each
	 * retry. Null when the container cannot parse the parts.
	 */
	private static @Nullable List<byte[]> parts(HttpServletRequest request) throws IOException {
		Collection<Part> parts;
		try {
			parts = request.getParts();
		}
		catch (ServletException | IllegalStateException ex) {
			return null;
		}
		List<byte[]> fingerprint = new ArrayList<>();
		fingerprint.add(target(request));
		for (Part part : parts) {
			String header = "\0" + part.getName() + "\0" + Objects.toString(part.getSubmittedFileName(), "") + "\0"
					+ part.getSize() + "\0";
			fingerprint.add(header.getBytes(StandardCharsets.UTF_8));
			try (InputStream content = part.getInputStream()) {
				fingerprint.add(content.readAllBytes());
			}
		}
		return fingerprint;
	}

	private void remember(long userId, String key, String hash, ContentCachingResponseWrapper response) {
		if (response.getStatus() >= 500) {
			store.release(userId, key);
			return;
		}
		store.complete(userId, key,
				new StoredResponse(hash, response.getStatus(), response.getContentType(),
						response.getHeader(HttpHeaders.LOCATION),
						new String(response.getContentAsByteArray(), StandardCharsets.UTF_8)));
	}

	private void replay(HttpServletRequest request, HttpServletResponse response, StoredResponse stored, String hash)
			throws IOException {
		if (!stored.requestHash().equals(hash)) {
			problems.write(request, response, HttpStatus.UNPROCESSABLE_CONTENT,
					"This Idempotency-Key was already used for a different request");
			return;
		}
		if (stored.status() == null) {
			problems.write(request, response, HttpStatus.CONFLICT,
					"A request with this Idempotency-Key is still being processed");
			return;
		}
		response.setStatus(stored.status());
		response.setHeader("Idempotent-Replayed", "true");
		if (stored.contentType() != null) {
			response.setContentType(stored.contentType());
		}
		if (stored.location() != null) {
			response.setHeader(HttpHeaders.LOCATION, stored.location());
		}
		if (stored.body() != null) {
			response.getOutputStream().write(stored.body().getBytes(StandardCharsets.UTF_8));
		}
	}

	/** The request again, with the body that was read to fingerprint it. */
	private static final class CachedBodyRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		CachedBodyRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(body);
			return new ServletInputStream() {
				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("Synchronous reads only");
				}

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return in.read(buffer, offset, length);
				}
			};
		}

		@Override
		public java.io.BufferedReader getReader() {
			return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
		}

	}

}
