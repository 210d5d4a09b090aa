package io.guanxi.sales;

import org.jspecify.annotations.Nullable;

/** A competitor on a deal, with what makes them strong and weak against us. */
public record CompetitorView(long id, long opportunityId, String name, @Nullable String strengths,
		@Nullable String weaknesses, long version) {

	public SaveCompetitor toCommand() {
		return new SaveCompetitor(name, strengths, weaknesses);
	}

}
