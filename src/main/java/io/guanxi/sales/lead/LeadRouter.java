package io.guanxi.sales.lead;

import java.util.Optional;

import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.UserDirectory;
import io.guanxi.platform.UserDirectory.UserSummary;
import io.guanxi.sales.LeadSource;
import io.guanxi.sales.SaveLead;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who gets a new lead that names no owner: the first active rule (in the administrators'
 * order) that matches it and has someone to give it to; else the default owner; else
 * whoever captured it. A rule whose user is disabled, or whose team has no active member,
 * is passed over.
 */
@Component
public class LeadRouter {

	private final LeadRuleRepository rules;

	private final RoundRobin roundRobin;

	private final RoutingSettings settings;

	private final UserDirectory users;

	LeadRouter(LeadRuleRepository rules, RoundRobin roundRobin, RoutingSettings settings, UserDirectory users) {
		this.rules = rules;
		this.roundRobin = roundRobin;
		this.settings = settings;
		this.users = users;
	}

	/**
	 * The owner of a new lead; {@code creatorId} is empty for the public web form. Throws
	 * {@link BusinessRuleException} when nobody can take the lead.
	 */
	public long ownerOf(SaveLead lead, LeadSource source, @Nullable Long creatorId) {
		for (LeadRule rule : rules.findByActiveTrueOrderBySortOrderAscIdAsc()) {
			if (rule.matches(lead, source)) {
				Optional<Long> assignee = assignee(rule);
				if (assignee.isPresent()) {
					return assignee.get();
				}
			}
		}
		return settings.defaultOwnerId()
			.filter(this::enabled)
			.or(() -> Optional.ofNullable(creatorId))
			.orElseThrow(() -> new BusinessRuleException("sales.lead.error.noOwner"));
	}

	private Optional<Long> assignee(LeadRule rule) {
		if (rule.assigneeTeamId() != null) {
			return roundRobin.next(rule.id(), rule.assigneeTeamId());
		}
		return Optional.ofNullable(rule.assigneeUserId()).filter(this::enabled);
	}

	private boolean enabled(long userId) {
		return users.findById(userId).map(UserSummary::enabled).orElse(false);
	}

}
