package io.guanxi.relationship.paths;

import java.util.List;
import java.util.Map;

import io.guanxi.relationship.WarmPath.NodeKind;

/**
 * The nodes of a level worth expanding, each with a lower bound of its cost to the
 * target, and the cost of the k-th best path known. A kind of step is loaded at a node
 * only while a path through such a step could still beat that path: a step from a node
 * adds at least its own cost and a user's step to the node's bound.
 */
record Frontier(List<WalkNode> nodes, Map<WalkNode, Double> lowerBounds, double kthCost) {

	boolean isEmpty() {
		return nodes.isEmpty();
	}

	/**
	 * The ids of the nodes of this kind where a step costing {@code stepCost} may help.
	 */
	List<Long> worth(NodeKind kind, double stepCost) {
		return nodes.stream()
			.filter(node -> node.kind() == kind && lowerBounds.get(node) + stepCost + StepCosts.MIN_KNOWS < kthCost)
			.map(WalkNode::id)
			.toList();
	}

}
