package io.guanxi.sales;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import io.guanxi.platform.AccessDeniedProblem;
import io.guanxi.platform.AccessService;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.platform.Role;
import io.guanxi.platform.StaleVersionException;
import io.guanxi.platform.UserDirectory;
import io.guanxi.platform.UserDirectory.TeamSummary;
import io.guanxi.platform.UserDirectory.UserSummary;
import io.guanxi.sales.lead.LeadRouter;
import io.guanxi.sales.lead.LeadRule;
import io.guanxi.sales.lead.LeadRuleRepository;
import io.guanxi.sales.lead.RoundRobin;
import io.guanxi.sales.lead.RoutingSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lead assignment rules and the default owner ({@link LeadRouter} applies them);
 * administrators only. Rules are kept in order: a new one goes last, and one can be moved
 * up or down a place.
 */
@Service
@Transactional
public class LeadRules {

	static final String RECORD_TYPE = "leadRule";

	private final LeadRuleRepository rules;

	private final RoundRobin roundRobin;

	private final RoutingSettings settings;

	private final UserDirectory users;

	private final AccessService access;

	LeadRules(LeadRuleRepository rules, RoundRobin roundRobin, RoutingSettings settings, UserDirectory users,
			AccessService access) {
		this.rules = rules;
		this.roundRobin = roundRobin;
		this.settings = settings;
		this.users = users;
		this.access = access;
	}

	/** Every rule in the order they are tried. */
	@Transactional(readOnly = true)
	public List<LeadRuleView> list() {
		requireAdmin();
		List<LeadRule> ordered = rules.findAllByOrderBySortOrderAscIdAsc();
		Map<Long, String> userNames = users.displayNames(
				ordered.stream().map(LeadRule::assigneeUserId).filter(Objects::nonNull).collect(Collectors.toSet()));
		Map<Long, String> teamNames = users.teams()
			.stream()
			.collect(Collectors.toMap(TeamSummary::id, TeamSummary::name));
		List<LeadRuleView> views = new ArrayList<>();
		for (int i = 0; i < ordered.size(); i++) {
			LeadRule rule = ordered.get(i);
			String assignee = rule.assigneeTeamId() != null ? teamNames.getOrDefault(rule.assigneeTeamId(), "?")
					: userNames.getOrDefault(rule.assigneeUserId(), "?");
			views.add(new LeadRuleView(rule.id(), i + 1, rule.name(), rule.region(), rule.city(), rule.industry(),
					rule.source(), rule.assigneeUserId(), rule.assigneeTeamId(), assignee, rule.active(),
					rule.version()));
		}
		return views;
	}

	@Transactional(readOnly = true)
	public LeadRuleView get(long id) {
		return list().stream()
			.filter(rule -> rule.id() == id)
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
	}

	public LeadRuleView create(SaveLeadRule command) {
		requireAdmin();
		checkAssignee(command);
		LeadRule rule = rules.saveAndFlush(new LeadRule(rules.maxSortOrder() + 1, command));
		roundRobin.start(rule.id());
		return get(rule.id());
	}

	public LeadRuleView update(long id, SaveLeadRule command, long expectedVersion) {
		requireAdmin();
		checkAssignee(command);
		changeable(id, expectedVersion).describe(command);
		rules.flush();
		return get(id);
	}

	public void delete(long id, long expectedVersion) {
		requireAdmin();
		rules.delete(changeable(id, expectedVersion));
	}

	/** Moves the rule one place earlier ({@code up}) or later; nothing at either end. */
	public void move(long id, boolean up) {
		requireAdmin();
		List<LeadRule> ordered = new ArrayList<>(rules.findAllByOrderBySortOrderAscIdAsc());
		int from = indexOf(ordered, id);
		int to = up ? from - 1 : from + 1;
		if (to < 0 || to >= ordered.size()) {
			return;
		}
		ordered.add(to, ordered.remove(from));
		for (int i = 0; i < ordered.size(); i++) {
			ordered.get(i).moveTo(i + 1);
		}
	}

	/** Who gets the leads that no rule matches, and the version to change it with. */
	@Transactional(readOnly = true)
	public DefaultOwner defaultOwner() {
		requireAdmin();
		RoutingSettings.Stored stored = settings.read();
		String name = stored.defaultOwnerId() == null ? null
				: users.findById(stored.defaultOwnerId()).map(UserSummary::displayName).orElse(null);
		return new DefaultOwner(stored.defaultOwnerId(), name, stored.version());
	}

	/** Empty {@code ownerId}: the one who captures a lead owns it. */
	public void changeDefaultOwner(@Nullable Long ownerId, long expectedVersion) {
		requireAdmin();
		if (ownerId != null && !enabled(ownerId)) {
			throw new BusinessRuleException("sales.leadRule.error.user");
		}
		settings.changeDefaultOwner(ownerId, expectedVersion);
	}

	private void checkAssignee(SaveLeadRule command) {
		if (command.assigneeUserId() != null && !enabled(command.assigneeUserId())) {
			throw new BusinessRuleException("sales.leadRule.error.user");
		}
		if (command.assigneeTeamId() != null
				&& users.teams().stream().noneMatch(team -> team.id() == command.assigneeTeamId())) {
			throw new BusinessRuleException("sales.leadRule.error.team");
		}
	}

	private boolean enabled(long userId) {
		return users.findById(userId).map(UserSummary::enabled).orElse(false);
	}

	private LeadRule changeable(long id, long expectedVersion) {
		LeadRule rule = rules.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
		if (rule.version() != expectedVersion) {
			throw new StaleVersionException(RECORD_TYPE, id, expectedVersion, rule.version());
		}
		return rule;
	}

	private static int indexOf(List<LeadRule> ordered, long id) {
		for (int i = 0; i < ordered.size(); i++) {
			if (ordered.get(i).id() == id) {
				return i;
			}
		}
		throw new RecordNotFoundException(RECORD_TYPE, id);
	}

	private void requireAdmin() {
		if (access.currentUser().role() != Role.ADMIN) {
			throw new AccessDeniedProblem("Only administrators manage lead assignment rules");
		}
	}

	/** The default owner; all empty when none is set. */
	public record DefaultOwner(@Nullable Long userId, @Nullable String displayName, long version) {
	}

}
