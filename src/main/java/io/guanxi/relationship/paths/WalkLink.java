package io.guanxi.relationship.paths;

import java.time.Instant;

import io.guanxi.relationship.WarmPath.Step;
import io.guanxi.relationship.WarmPath.StepKind;
import org.jspecify.annotations.Nullable;

/**
 * A tie between two nodes of a walk the way it is recorded, "from is the … of to"; a path
 * may cross it either way.
 *
 * @param viaAccountId the account two colleagues share
 */
record WalkLink(WalkNode from, WalkNode to, StepKind kind, @Nullable String relation, @Nullable Integer strength,
		@Nullable Instant lastInteraction, boolean recorded, @Nullable Long viaAccountId, double cost) {

	static WalkLink between(WalkNode from, WalkNode to, StepKind kind, @Nullable String relation, double cost) {
		return new WalkLink(from, to, kind, relation, null, null, true, null, cost);
	}

	WalkNode other(WalkNode end) {
		return end.equals(from) ? to : from;
	}

	/** The step of a path that leaves {@code start} over this link. */
	Step step(WalkNode start, @Nullable String viaName) {
		return new Step(kind, relation, !start.equals(from), strength, lastInteraction, recorded, viaName, cost);
	}

}
