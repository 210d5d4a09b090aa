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

/**
 * Record-level access: admins see everything; everyone else sees the records they own and
 * those owned by the people below them in the manager hierarchy.
 */
@Service
@Transactional(readOnly = true)
class ManagerHierarchyAccess implements AccessService {

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

	@Override
	public AccessScope scope() {
		CurrentUser user = currentUser();
		return scopeOf(user.id(), user.role());
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
