package io.guanxi.sales.web;

import java.util.List;

import io.guanxi.sales.OpportunityStatus;
import io.guanxi.sales.OpportunityView;
import io.guanxi.sales.ProcessView;
import io.guanxi.sales.StageView;

/**
 * A stage on the opportunity page's stage bar and how far the deal got.
 *
 * @param state {@code done}, {@code current}, {@code won}, {@code lost} or {@code ahead};
 * the bar's CSS class
 */
public record StageStep(StageView stage, String state) {

	static List<StageStep> of(ProcessView process, OpportunityView deal) {
		int current = deal.stage().position();
		return process.stages().stream().map(stage -> new StageStep(stage, state(stage, current, deal))).toList();
	}

	private static String state(StageView stage, int current, OpportunityView deal) {
		if (stage.position() < current) {
			return "done";
		}
		if (stage.position() > current) {
			return "ahead";
		}
		if (deal.status() == OpportunityStatus.LOST) {
			return "lost";
		}
		return deal.status() == OpportunityStatus.WON ? "won" : "current";
	}

}
