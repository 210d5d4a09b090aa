package io.guanxi;

import java.util.UUID;
import java.util.function.Supplier;

import io.guanxi.platform.AuditHistory;
import io.guanxi.platform.Role;
import io.guanxi.platform.token.ApiTokenService;
import io.guanxi.platform.token.CreateToken;
import io.guanxi.platform.token.CreatedToken;
import io.guanxi.platform.user.CreateUser;
import io.guanxi.platform.user.SignedInUser;
import io.guanxi.platform.user.UserAccountDetailsService;
import io.guanxi.platform.user.UserService;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Makes users with unique names, signs them in and gives them API tokens. */
@TestComponent
public class TestUsers {

	public static final String PASSWORD = "correct-horse-battery";

	private final UserService users;

	private final UserAccountDetailsService details;

	private final ApiTokenService tokens;

	private final AuditHistory auditHistory;

	TestUsers(UserService users, UserAccountDetailsService details, ApiTokenService tokens, AuditHistory auditHistory) {
		this.users = users;
		this.details = details;
		this.tokens = tokens;
		this.auditHistory = auditHistory;
	}

	public AuditHistory auditHistory() {
		return auditHistory;
	}

	public TestUser create(Role role) {
		return create(role, null);
	}

	public TestUser create(Role role, @Nullable TestUser manager) {
		String username = role.name().toLowerCase().replace('_', '-') + "-"
				+ UUID.randomUUID().toString().substring(0, 8);
		long id = users.create(new CreateUser(username, "Test " + username, null, role, null,
				manager == null ? null : manager.id(), PASSWORD));
		return new TestUser(id, username);
	}

	public UserService userService() {
		return users;
	}

	public SignedInUser principal(TestUser user) {
		return (SignedInUser) details.loadUserByUsername(user.username());
	}

	/** For MockMvc: the request comes from this user's signed-in session. */
	public RequestPostProcessor session(TestUser user) {
		return user(principal(user));
	}

	/** Runs service code as this user, the way a request would. */
	public <T> T as(TestUser user, Supplier<T> work) {
		SignedInUser principal = principal(user);
		var previous = SecurityContextHolder.getContext();
		SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	public String token(TestUser user) {
		CreatedToken created = as(user, () -> tokens.create(new CreateToken("test", 1)));
		return created.secret();
	}

	public record TestUser(long id, String username) {

		public String bearer(TestUsers users) {
			return "Bearer " + users.token(this);
		}

	}

}
