package io.guanxi.relationship.paths;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.guanxi.relationship.WarmPath.NodeKind;

/**
 * Decides which of the nodes a level found join the walk: those the caller may read
 * (asked in one batch per kind), at most {@code nodesPerLevel} of them, the closest to
 * the target first, and on the last level only contacts one of our users knows. Then it
 * adds every link between admitted nodes, colleagues only when the caller may read their
 * company too.
 */
final class Admission {

	private final WalkLevel level;

	private final WalkGraph graph;

	private final List<WalkLink> found;

	private final int depth;

	private final boolean last;

	private final Map<WalkNode, Double> costs;

	private final double kthCost;

	Admission(WalkLevel level, List<WalkLink> found, int depth, boolean last, Map<WalkNode, Double> costs,
			double kthCost) {
		this.level = level;
		this.graph = level.graph();
		this.found = found;
		this.depth = depth;
		this.last = last;
		this.costs = costs;
		this.kthCost = kthCost;
	}

	void admit() {
		Map<WalkNode, Double> reach = newNodes();
		Map<WalkNode, String> names = readable(reach.keySet());
		List<WalkNode> admitted = reach.keySet()
			.stream()
			.filter(names::containsKey)
			.sorted(Comparator.comparing(reach::get))
			.toList();
		if (admitted.size() > level.nodesPerLevel()) {
			graph.markCapped();
			admitted = admitted.subList(0, level.nodesPerLevel());
		}
		List<Long> asked = new ArrayList<>(admitted.stream().filter(WalkNode::isContact).map(WalkNode::id).toList());
		if (depth == 1) {
			// who knows the target is asked together with who knows its people
			asked.add(graph.target().id());
		}
		List<WalkLink> knows = level.whoKnows(asked);
		Set<WalkNode> known = new HashSet<>();
		knows.forEach(link -> known.add(link.to()));
		for (WalkNode node : admitted) {
			if (!last || known.contains(node)) {
				graph.add(node, depth, names.get(node));
			}
		}
		knows.stream().filter(link -> graph.contains(link.to())).forEach(graph::knows);
		found.stream()
			.filter(link -> graph.contains(link.from()) && graph.contains(link.to()))
			.filter(this::companyReadable)
			.forEach(graph::link);
	}

	/**
	 * The nodes not yet in the graph, each with the cheapest cost to the target through
	 * the frontier node that found it. The last level admits no companies (users know
	 * people, so a path cannot start at one), and no contact too far to beat the k-th
	 * path.
	 */
	private Map<WalkNode, Double> newNodes() {
		Map<WalkNode, Double> reach = new HashMap<>();
		for (WalkLink link : found) {
			for (WalkNode end : List.of(link.from(), link.to())) {
				WalkNode other = link.other(end);
				if (!graph.contains(end) && graph.contains(other) && (end.isContact() || !last)) {
					reach.merge(end, costs.getOrDefault(other, Double.POSITIVE_INFINITY) + link.cost(), Math::min);
				}
			}
		}
		if (last) {
			// within the hop limit a contact of the last level leads straight down to the
			// target
			reach.values().removeIf(cost -> cost + StepCosts.MIN_KNOWS >= kthCost);
		}
		return reach;
	}

	/**
	 * The names of the new nodes the caller may read, one batch per kind; the companies
	 * that colleagues share are asked in the same batch as the new companies.
	 */
	private Map<WalkNode, String> readable(Set<WalkNode> nodes) {
		Map<WalkNode, String> names = new HashMap<>();
		level.contactNames(ids(nodes, NodeKind.CONTACT)).forEach((id, name) -> names.put(WalkNode.contact(id), name));
		Map<Long, Boolean> readable = level.readableAccounts();
		Set<Long> shared = new HashSet<>();
		found.stream()
			.map(WalkLink::viaAccountId)
			.filter(id -> id != null && !readable.containsKey(id) && !graph.contains(WalkNode.account(id)))
			.forEach(shared::add);
		Set<Long> accounts = ids(nodes, NodeKind.ACCOUNT);
		accounts.addAll(shared);
		Map<Long, String> accountNames = level.accountNames(accounts);
		accountNames.forEach((id, name) -> names.put(WalkNode.account(id), name));
		shared.forEach(id -> {
			readable.put(id, accountNames.containsKey(id));
			if (accountNames.containsKey(id)) {
				graph.name(WalkNode.account(id), accountNames.get(id));
			}
		});
		return names;
	}

	private boolean companyReadable(WalkLink link) {
		Long via = link.viaAccountId();
		return via == null || graph.contains(WalkNode.account(via))
				|| level.readableAccounts().getOrDefault(via, false);
	}

	private static Set<Long> ids(Set<WalkNode> nodes, NodeKind kind) {
		Set<Long> ids = new HashSet<>();
		nodes.stream().filter(node -> node.kind() == kind).forEach(node -> ids.add(node.id()));
		return ids;
	}

}
