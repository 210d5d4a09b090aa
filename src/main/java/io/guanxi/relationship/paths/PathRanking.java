package io.guanxi.relationship.paths;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.guanxi.relationship.WarmPath.NodeKind;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.EppsteinShortestPathIterator;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.jspecify.annotations.Nullable;

/**
 * Ranks the paths of a walk's graph with JGraphT: the k cheapest paths from any user to
 * the target within the hop limit. The hop limit is built into the graph it searches:
 * each node is copied once per number of steps still left to the target, and a link only
 * leads from "d steps left" to "d - 1 steps left", so every path from the source (joined
 * to all users at no cost) has at most {@code maxHops} steps. Eppstein's algorithm then
 * lists paths cheapest first; the few that visit a person twice, or go colleague →
 * company → colleague where the two are linked directly anyway, are skipped.
 */
final class PathRanking {

	/** How many paths to look at per path wanted before giving up on invalid ones. */
	private static final int TRIES_PER_PATH = 25;

	private static final WalkNode SOURCE = new WalkNode(NodeKind.USER, Long.MIN_VALUE);

	private PathRanking() {
	}

	/**
	 * The {@code limit} cheapest valid paths; {@code bound} is known to be at least the
	 * cost of the {@code limit}-th, so a link that cannot lie on a path that cheap is
	 * left out of the search (which keeps colleague cliques at big companies from
	 * weighing on it).
	 */
	static List<RankedPath> rank(WalkGraph walk, int maxHops, int limit, double bound) {
		Graph<Layer, Hop> layered = layered(walk, maxHops, new Usefulness(walk, bound));
		Layer source = new Layer(SOURCE, maxHops + 1);
		Layer sink = new Layer(walk.target(), 0);
		List<RankedPath> ranked = new ArrayList<>();
		var paths = new EppsteinShortestPathIterator<>(layered, source, sink);
		for (int tries = 0; ranked.size() < limit && tries < limit * TRIES_PER_PATH && paths.hasNext(); tries++) {
			RankedPath path = RankedPath.of(paths.next());
			if (path.valid(walk)) {
				ranked.add(path);
			}
		}
		return ranked;
	}

	/**
	 * The cost of the k-th cheapest path, or infinity while fewer than k are found among
	 * those no dearer than {@code bound} (the k-th cost before the graph grew).
	 */
	static double kthCost(WalkGraph walk, int maxHops, int k, double bound) {
		List<RankedPath> ranked = rank(walk, maxHops, k, bound);
		return ranked.size() < k ? Double.POSITIVE_INFINITY : ranked.get(k - 1).cost();
	}

	private static Graph<Layer, Hop> layered(WalkGraph walk, int maxHops, Usefulness useful) {
		Layers layers = new Layers(walk, maxHops);
		Graph<Layer, Hop> graph = new SimpleDirectedWeightedGraph<>(null, null);
		Layer source = new Layer(SOURCE, maxHops + 1);
		graph.addVertex(source);
		graph.addVertex(new Layer(walk.target(), 0));
		for (WalkLink link : walk.links()) {
			if (useful.test(link)) {
				for (int left = 1; left < maxHops; left++) {
					layers.connect(graph, new Layer(link.from(), left), new Layer(link.to(), left - 1), link);
					layers.connect(graph, new Layer(link.to(), left), new Layer(link.from(), left - 1), link);
				}
			}
		}
		for (WalkLink knows : walk.userLinks()) {
			for (int left = 1; useful.test(knows) && left <= maxHops; left++) {
				Layer user = new Layer(knows.from(), left);
				if (layers.connect(graph, user, new Layer(knows.to(), left - 1), knows)
						&& !graph.containsEdge(source, user)) {
					Hop start = new Hop(source, user, null);
					graph.addEdge(source, user, start);
					graph.setEdgeWeight(start, 0);
				}
			}
		}
		return graph;
	}

	/**
	 * Which copies of a node a path can stand on: a node n steps from the target (its
	 * level) and m steps from the nearest user can have d steps left only if n <= d and m
	 * + d <= maxHops.
	 */
	private static final class Layers {

		private final WalkGraph walk;

		private final int maxHops;

		private final Map<WalkNode, Integer> fromUsers;

		Layers(WalkGraph walk, int maxHops) {
			this.walk = walk;
			this.maxHops = maxHops;
			this.fromUsers = walk.stepsFromUsers();
		}

		boolean connect(Graph<Layer, Hop> graph, Layer from, Layer to, WalkLink link) {
			if (!possible(from) || !possible(to)) {
				return false;
			}
			graph.addVertex(from);
			graph.addVertex(to);
			Hop hop = new Hop(from, to, link);
			graph.addEdge(from, to, hop);
			graph.setEdgeWeight(hop, link.cost());
			return true;
		}

		private boolean possible(Layer layer) {
			WalkNode node = layer.node();
			int left = layer.stepsLeft();
			if (node.equals(walk.target())) {
				return left == 0;
			}
			if (node.kind() == NodeKind.USER) {
				return left >= 1 && left <= maxHops;
			}
			Integer steps = fromUsers.get(node);
			return steps != null && left >= Math.max(1, walk.level(node)) && left + steps <= maxHops;
		}

	}

	/**
	 * Whether a link can lie on a path no dearer than the bound: the cheapest way from
	 * any user to one end, the link, and the cheapest way from the other end to the
	 * target (both ignoring the hop limit, so never more than the truth) must fit in it.
	 */
	private static final class Usefulness {

		private final double bound;

		private final Map<WalkNode, Double> toTarget;

		private final Map<WalkNode, Double> fromUsers;

		Usefulness(WalkGraph walk, double bound) {
			this.bound = bound + 1e-9;
			boolean all = Double.isInfinite(bound);
			this.toTarget = all ? Map.of() : walk.costsToTarget();
			this.fromUsers = all ? Map.of() : walk.costsFromUsers();
		}

		boolean test(WalkLink link) {
			if (Double.isInfinite(bound)) {
				return true;
			}
			if (link.from().kind() == NodeKind.USER) {
				return link.cost() + cost(toTarget, link.to()) <= bound;
			}
			double cheapest = Math.min(cost(fromUsers, link.from()) + cost(toTarget, link.to()),
					cost(fromUsers, link.to()) + cost(toTarget, link.from()));
			return cheapest + link.cost() <= bound;
		}

		private static double cost(Map<WalkNode, Double> costs, WalkNode node) {
			return costs.getOrDefault(node, Double.POSITIVE_INFINITY);
		}

	}

	/** A node with the number of steps a path still has to go from it. */
	private record Layer(WalkNode node, int stepsLeft) {

	}

	/** A link crossed from one layer to the next; null link for the free start. */
	private record Hop(Layer from, Layer to, @Nullable WalkLink link) {

	}

	/** A path from a user to the target: nodes, the links between them, the cost. */
	record RankedPath(List<WalkNode> nodes, List<WalkLink> links, double cost) {

		static RankedPath of(GraphPath<Layer, Hop> path) {
			List<WalkNode> nodes = path.getVertexList().stream().skip(1).map(Layer::node).toList();
			List<WalkLink> links = path.getEdgeList().stream().skip(1).map(Hop::link).toList();
			return new RankedPath(nodes, links, path.getWeight());
		}

		boolean valid(WalkGraph walk) {
			Set<WalkNode> seen = new HashSet<>(nodes);
			if (seen.size() < nodes.size()) {
				return false;
			}
			for (int i = 2; i < nodes.size(); i++) {
				WalkNode before = nodes.get(i - 2);
				if (nodes.get(i - 1).isAccount() && before.isContact() && nodes.get(i).isContact()
						&& walk.linked(before, nodes.get(i))) {
					return false;
				}
			}
			return true;
		}

	}

}
