package io.guanxi.platform.user;

import java.util.Optional;

import io.guanxi.platform.AccessDeniedProblem;
import io.guanxi.platform.AccessScope;
import io.guanxi.platform.AccessService;
import io.guanxi.platform.CurrentUser;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.platform.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Record-level access: admins see everything; everyone else sees the records they own and
 * those owned by the people below them in the manager hierarchy.
 */
@Service
@Transactional(readOnly = true)
class ManagerHierarchyAccess implements AccessService {

	private static final String SCOPE_ATTRIBUTE = ManagerHierarchyAccess.class.getName() + ".scope.";

	private final ManagerHierarchy hierarchy;

	private final UserRepository users;

	ManagerHierarchyAccess(ManagerHierarchy hierarchy, UserRepository users) {
		this.hierarchy = hierarchy;
		this.users = users;
	}

	@Override
	public CurrentUser currentUser() {
		return findCurrentUser().orElseThrow(() -> new AccessDeniedProblem("Nobody is signed in"));
	}

	@Override
	public Optional<CurrentUser> findCurrentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
			return Optional.of(user.toCurrentUser());
		}
		return Optional.empty();
	}

	/**
	 * Computed once per request: a page that reads a record and its history asks for it
	 * several times, and the answer cannot change within one request.
	 */
	@Override
	public AccessScope scope() {
		CurrentUser user = currentUser();
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return scopeOf(user.id(), user.role());
		}
		String key = SCOPE_ATTRIBUTE + user.id();
		if (request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof AccessScope cached) {
			return cached;
		}
		AccessScope scope = scopeOf(user.id(), user.role());
		request.setAttribute(key, scope, RequestAttributes.SCOPE_REQUEST);
		return scope;
	}

	@Override
	public AccessScope scopeOf(long userId) {
		Role role = users.findById(userId)
			.map(User::role)
			.orElseThrow(() -> new RecordNotFoundException("user", userId));
		return scopeOf(userId, role);
	}

	private AccessScope scopeOf(long userId, Role role) {
		if (role == Role.ADMIN) {
			return AccessScope.everything(userId);
		}
		return new AccessScope(userId, false, hierarchy.userAndReports(userId));
	}

	@Override
	public void checkRead(String recordType, long recordId, long ownerId) {
		if (!scope().permits(ownerId)) {
			throw new RecordNotFoundException(recordType, recordId);
		}
	}

	@Override
	public void checkChange(String recordType, long recordId, long ownerId) {
		checkRead(recordType, recordId, ownerId);
	}

}
