package io.guanxi.platform.user;

import java.util.Objects;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.guanxi.platform.AccessService;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.platform.Role;
import io.guanxi.platform.StaleVersionException;
import io.guanxi.platform.UserDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users and teams: the admin pages, demo data and other modules all go through here. */
@Service
@Transactional
public class UserService implements UserDirectory {

	private final UserRepository users;

	private final TeamService teams;

	private final ManagerHierarchy hierarchy;

	private final PasswordEncoder passwordEncoder;

	private final AccessService access;

	private final Clock clock;

	UserService(UserRepository users, TeamService teams, ManagerHierarchy hierarchy, PasswordEncoder passwordEncoder,
			AccessService access, Clock clock) {
		this.users = users;
		this.teams = teams;
		this.hierarchy = hierarchy;
		this.passwordEncoder = passwordEncoder;
		this.access = access;
		this.clock = clock;
	}

	public long create(CreateUser command) {
		String username = command.username().trim().toLowerCase(Locale.ROOT);
		if (users.existsByUsername(username)) {
			throw new BusinessRuleException("platform.user.error.taken", username);
		}
		requireTeam(command.teamId());
		requireManager(command.managerId());
		User user = new User(username, command.displayName().trim(), blankToNull(command.email()),
				passwordEncoder.encode(command.password()), command.role());
		user.assign(command.role(), command.teamId(), command.managerId());
		return users.save(user).id();
	}

	public void update(long id, UpdateUser command) {
		User user = load(id);
		if (user.version() != command.version()) {
			throw new StaleVersionException("user", id, command.version(), user.version());
		}
		requireTeam(command.teamId());
		requireManager(command.managerId());
		if (command.managerId() != null && hierarchy.wouldCreateCycle(id, command.managerId())) {
			throw new BusinessRuleException("platform.user.error.managerCycle");
		}
		if (id == access.currentUser().id() && (!command.enabled() || command.role() != user.role())) {
			throw new BusinessRuleException("platform.user.error.lockOutSelf");
		}
		user.describe(command.displayName().trim(), blankToNull(command.email()));
		user.assign(command.role(), command.teamId(), command.managerId());
		user.setEnabled(command.enabled());
	}

	public void resetPassword(long id, String password) {
		if (password.length() < 10) {
			throw new BusinessRuleException("platform.user.error.passwordLength");
		}
		load(id).changePassword(passwordEncoder.encode(password));
	}

	public void unlock(long id) {
		load(id).unlock();
	}

	public void preferLocale(long userId, Locale locale) {
		load(userId).preferLocale(locale.toLanguageTag());
	}

	@Transactional(readOnly = true)
	public Optional<Locale> preferredLocale(long userId) {
		return users.findById(userId).map(User::locale).map(Locale::forLanguageTag);
	}

	@Transactional(readOnly = true)
	public boolean anyUserExists() {
		return users.count() > 0;
	}

	@Transactional(readOnly = true)
	public Page<UserView> page(@Nullable String query, Pageable pageable) {
		String term = "%" + (query == null ? "" : query.trim().toLowerCase(Locale.ROOT)) + "%";
		Page<User> page = users.search(term, pageable);
		Map<Long, String> teamNames = teams.names();
		Map<Long, String> managerNames = users
			.findAllById(page.stream().map(User::managerId).filter(Objects::nonNull).toList())
			.stream()
			.collect(Collectors.toMap(User::id, User::displayName));
		return page.map(user -> view(user, teamNames, managerNames));
	}

	@Transactional(readOnly = true)
	public UserView view(long id) {
		User user = load(id);
		Map<Long, String> teamNames = teams.names();
		Map<Long, String> managerNames = user.managerId() == null ? Map.of()
				: Map.of(user.managerId(), load(user.managerId()).displayName());
		return view(user, teamNames, managerNames);
	}

	@Transactional(readOnly = true)
	public UpdateUser editForm(long id) {
		return UpdateUser.of(load(id));
	}

	@Override
	@Transactional(readOnly = true)
	public List<UserSummary> activeUsers() {
		return users.findByEnabledTrueOrderByDisplayName().stream().map(UserService::summary).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<UserSummary> findById(long id) {
		return users.findById(id).map(UserService::summary);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<UserSummary> findByUsername(String username) {
		return users.findByUsername(username.toLowerCase(Locale.ROOT)).map(UserService::summary);
	}

	@Override
	@Transactional(readOnly = true)
	public List<UserSummary> assignableOwners() {
		var scope = access.scope();
		List<User> owners = scope.unrestricted() ? users.findByEnabledTrueOrderByDisplayName()
				: users.findByIdInAndEnabledTrueOrderByDisplayName(scope.ownerIds());
		return owners.stream().map(UserService::summary).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<UserSummary> managersOf(long userId) {
		List<UserSummary> managers = new ArrayList<>();
		Long next = users.findById(userId).map(User::managerId).orElse(null);
		// the hierarchy is kept acyclic when written; the bound guards against bad data
		while (next != null && managers.size() < 100) {
			User manager = users.findById(next).orElse(null);
			if (manager == null) {
				break;
			}
			if (manager.enabled()) {
				managers.add(summary(manager));
			}
			next = manager.managerId();
		}
		return managers;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, String> displayNames(Collection<Long> ids) {
		return users.findAllById(Set.copyOf(ids)).stream().collect(Collectors.toMap(User::id, User::displayName));
	}

	@Override
	@Transactional(readOnly = true)
	public List<UserSummary> activeWithRole(Role role) {
		return users.findByEnabledTrueOrderByDisplayName()
			.stream()
			.filter(user -> user.role() == role)
			.map(UserService::summary)
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<TeamSummary> teams() {
		return teams.names()
			.entrySet()
			.stream()
			.map(team -> new TeamSummary(team.getKey(), team.getValue()))
			.sorted(Comparator.comparing(TeamSummary::name))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<UserSummary> teamMembers(long teamId) {
		return users.findByTeamIdAndEnabledTrueOrderById(teamId).stream().map(UserService::summary).toList();
	}

	private UserView view(User user, Map<Long, String> teamNames, Map<Long, String> managerNames) {
		return new UserView(user.id(), user.username(), user.displayName(), user.email(), user.role(), user.teamId(),
				user.teamId() == null ? null : teamNames.get(user.teamId()), user.managerId(),
				user.managerId() == null ? null : managerNames.get(user.managerId()), user.enabled(),
				user.isLockedAt(clock.instant()), user.version());
	}

	private User load(long id) {
		return users.findById(id).orElseThrow(() -> new RecordNotFoundException("user", id));
	}

	private void requireTeam(@Nullable Long teamId) {
		if (teamId != null && !teams.exists(teamId)) {
			throw new BusinessRuleException("platform.user.error.noTeam");
		}
	}

	private void requireManager(@Nullable Long managerId) {
		if (managerId != null && !users.existsById(managerId)) {
			throw new BusinessRuleException("platform.user.error.noManager");
		}
	}

	private static UserSummary summary(User user) {
		return new UserSummary(user.id(), user.username(), user.displayName(), user.role(), user.enabled());
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
