package io.guanxi.relationship.paths;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What a step of a warm path costs; a path's cost is the sum, the cheapest path is the
 * warmest. A tie of strength 5 costs 1, strength 1 costs 5; a meeting within 90 days adds
 * nothing, within a year (or no meeting known) half a point, an older one a whole point.
 * Colleagues (4.5, like a weak tie), a person's company (2.5 each way) and a company's
 * partner, supplier, parent… (3.5) are dearer: they say that people could know each
 * other, not that they do. A user's step costs at least {@link #MIN_KNOWS} and any other
 * at least {@link #MIN_LINK} (no meeting is recorded between two contacts), which bounds
 * the walk.
 */
public final class StepCosts {

	static final double MIN_KNOWS = 1.0;

	static final double MIN_LINK = 1.5;

	static final double COLLEAGUE = 4.5;

	static final double WORKS_AT = 2.5;

	static final double COMPANY_LINK = 3.5;

	private static final Duration RECENT = Duration.ofDays(90);

	private static final Duration YEAR = Duration.ofDays(365);

	private StepCosts() {
	}

	static double tie(int strength, @Nullable Instant lastMet, Instant now) {
		return (6 - strength) + recency(lastMet, now);
	}

	/**
	 * The strength of a tie known only from the timeline: 3 when they met within 90 days,
	 * 2 within a year, else 1.
	 */
	public static int strengthFromMeeting(Instant lastMet, Instant now) {
		Duration since = Duration.between(lastMet, now);
		return since.compareTo(RECENT) <= 0 ? 3 : since.compareTo(YEAR) <= 0 ? 2 : 1;
	}

	private static double recency(@Nullable Instant lastMet, Instant now) {
		if (lastMet == null) {
			return 0.5;
		}
		Duration since = Duration.between(lastMet, now);
		return since.compareTo(RECENT) <= 0 ? 0 : since.compareTo(YEAR) <= 0 ? 0.5 : 1;
	}

}
