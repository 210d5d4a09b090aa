package io.guanxi.sales;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A sales process template (销售流程) with its stages in order. */
public record ProcessView(long id, String name, @Nullable String description, @Nullable String productLine,
		@Nullable String segment, boolean defaultProcess, boolean active, List<StageView> stages, long version) {

	public StageView stage(long stageId) {
		return stages.stream()
			.filter(stage -> stage.id() == stageId)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no stage " + stageId + " in process " + id));
	}

}
