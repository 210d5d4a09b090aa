package io.guanxi.relationship.paths;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.guanxi.relationship.WarmPath.NodeKind;
import io.guanxi.relationship.WarmPath.StepKind;
import org.jgrapht.Graph;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.AsGraphUnion;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jspecify.annotations.Nullable;

/**
 * The part of the relationship graph a walk has loaded: contacts and accounts the caller
 * may read, each with its level (how many steps from the target it was first reached),
 * the cheapest link between any two of them, and which of our users know which contacts.
 */
final class WalkGraph {

	/** Where a search from all users at once starts. */
	private static final WalkNode START = new WalkNode(NodeKind.USER, Long.MIN_VALUE);

	private final WalkNode target;

	private final Graph<WalkNode, WalkLink> people = new SimpleWeightedGraph<>(null, null);

	private final Map<WalkNode, Integer> levels = new HashMap<>();

	private final Map<WalkNode, String> names = new HashMap<>();

	/** Who knows whom, by contact. */
	private final Map<WalkNode, List<WalkLink>> knownBy = new HashMap<>();

	private boolean capped;

	private double kthCost = Double.POSITIVE_INFINITY;

	WalkGraph(long targetId, String targetName) {
		this.target = WalkNode.contact(targetId);
		add(target, 0, targetName);
	}

	WalkNode target() {
		return target;
	}

	void add(WalkNode node, int level, String name) {
		people.addVertex(node);
		levels.putIfAbsent(node, level);
		names.put(node, name);
	}

	/** Remembers the name of an account that only explains a link (colleagues at it). */
	void name(WalkNode node, String name) {
		names.put(node, name);
	}

	boolean contains(WalkNode node) {
		return levels.containsKey(node);
	}

	@Nullable String name(WalkNode node) {
		return names.get(node);
	}

	int level(WalkNode node) {
		return levels.get(node);
	}

	Set<WalkNode> atLevel(int level) {
		return levels.entrySet()
			.stream()
			.filter(entry -> entry.getValue() == level)
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
	}

	/** Keeps the cheaper of two links between the same two nodes. */
	void link(WalkLink link) {
		WalkLink existing = people.getEdge(link.from(), link.to());
		if (existing != null) {
			if (existing.cost() <= link.cost()) {
				return;
			}
			people.removeEdge(existing);
		}
		people.addEdge(link.from(), link.to(), link);
		people.setEdgeWeight(link, link.cost());
	}

	boolean linked(WalkNode a, WalkNode b) {
		return people.containsEdge(a, b);
	}

	/** Records that a user knows a contact of this graph. */
	void knows(WalkLink userLink) {
		knownBy.computeIfAbsent(userLink.to(), contact -> new ArrayList<>()).add(userLink);
	}

	Collection<WalkLink> links() {
		return people.edgeSet();
	}

	List<WalkLink> userLinks() {
		return knownBy.values().stream().flatMap(List::stream).toList();
	}

	/** The cheapest cost from each node to the target over the links loaded so far. */
	Map<WalkNode, Double> costsToTarget() {
		var paths = new DijkstraShortestPath<>(people).getPaths(target);
		Map<WalkNode, Double> costs = new HashMap<>();
		for (WalkNode node : people.vertexSet()) {
			costs.put(node, paths.getWeight(node));
		}
		return costs;
	}

	/**
	 * The cheapest cost from any of our users to each node over the links loaded so far
	 * (one search from a start joined to every contact a user knows).
	 */
	Map<WalkNode, Double> costsFromUsers() {
		var paths = new DijkstraShortestPath<>(withUsers()).getPaths(START);
		Map<WalkNode, Double> costs = new HashMap<>();
		for (WalkNode node : people.vertexSet()) {
			costs.put(node, paths.getWeight(node));
		}
		return costs;
	}

	/**
	 * The fewest steps from any of our users to each node (1 for a contact a user knows);
	 * unreachable nodes are left out.
	 */
	Map<WalkNode, Integer> stepsFromUsers() {
		var paths = new BFSShortestPath<>(withUsers()).getPaths(START);
		Map<WalkNode, Integer> steps = new HashMap<>();
		for (WalkNode node : people.vertexSet()) {
			double weight = paths.getWeight(node);
			if (!Double.isInfinite(weight)) {
				steps.put(node, (int) weight);
			}
		}
		return steps;
	}

	/** The people and companies with a start joined to every contact a user knows. */
	private Graph<WalkNode, WalkLink> withUsers() {
		Graph<WalkNode, WalkLink> starts = new SimpleWeightedGraph<>(null, null);
		starts.addVertex(START);
		knownBy.forEach((contact, links) -> {
			double cheapest = links.stream().mapToDouble(WalkLink::cost).min().orElseThrow();
			WalkLink start = WalkLink.between(START, contact, StepKind.KNOWS, null, cheapest);
			starts.addVertex(contact);
			starts.addEdge(START, contact, start);
			starts.setEdgeWeight(start, cheapest);
		});
		return new AsGraphUnion<>(people, starts);
	}

	/** Lowers the known cost of the k-th best path. */
	void kthCost(double cost) {
		kthCost = Math.min(kthCost, cost);
	}

	/** At least the cost of the k-th best path: infinite until k paths are known. */
	double kthCost() {
		return kthCost;
	}

	void markCapped() {
		capped = true;
	}

	boolean capped() {
		return capped;
	}

}
