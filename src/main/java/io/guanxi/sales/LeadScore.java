package io.guanxi.sales;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How promising a lead looks, 0 to 100, with the reasons: each criterion with the points
 * it earned out of its most, so that a rep sees what a better lead would have.
 */
public record LeadScore(int total, List<Reason> reasons) {

	public LeadScore {
		reasons = List.copyOf(reasons);
	}

	/**
	 * One criterion.
	 *
	 * @param messageKey what was looked at, e.g. {@code sales.lead.score.email}
	 * @param detailKey the message key of the value that earned the points (the source,
	 * the industry), or null
	 */
	public record Reason(String messageKey, @Nullable String detailKey, int points, int maximum) {

		public boolean met() {
			return points > 0;
		}

	}

}
