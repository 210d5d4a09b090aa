package io.guanxi.relationship.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import io.guanxi.relationship.CompanyLinkKind;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A corporate group is a tree: no company is, directly or through others, its own parent,
 * group or majority shareholder. The walk follows every such link, whoever may read it,
 * since the rule holds for the data, not for one user's view of it.
 */
@Component
public class GroupRules {

	/** Enough for any real group; a walk never runs away on bad data. */
	private static final int MAX_ACCOUNTS = 10_000;

	private final CompanyLinkRepository links;

	GroupRules(CompanyLinkRepository links) {
		this.links = links;
	}

	/**
	 * Whether a link would put an account above itself: true when the account it would
	 * put below is already above the other, over links whose period shares a day with the
	 * new one's. {@code replacing} is the link being changed (left out), or null.
	 */
	public boolean closesCircle(CompanyLinkKind kind, @Nullable BigDecimal sharePercent, long fromAccountId,
			long toAccountId, @Nullable LocalDate validFrom, @Nullable LocalDate validTo, @Nullable Long replacing) {
		if (!CompanyLink.controlling(kind, sharePercent)) {
			return false;
		}
		long controller = CompanyLink.controllerOf(kind, fromAccountId, toAccountId);
		long controlled = CompanyLink.controlledOf(kind, fromAccountId, toAccountId);
		Set<Long> seen = new HashSet<>(Set.of(controller));
		Set<Long> level = Set.of(controller);
		while (!level.isEmpty() && seen.size() < MAX_ACCOUNTS) {
			Set<Long> next = new HashSet<>();
			for (CompanyLink link : links.aboveAny(level)) {
				if (!link.controlling() || Objects.equals(link.id(), replacing) || !level.contains(link.controlledId())
						|| !link.overlaps(validFrom, validTo)) {
					continue;
				}
				if (link.controllerId() == controlled) {
					return true;
				}
				if (seen.add(link.controllerId())) {
					next.add(link.controllerId());
				}
			}
			level = next;
		}
		return false;
	}

}
