package io.guanxi.relationship;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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

	static List<RankedPath> rank(WalkGraph walk, int maxHops, int limit) {
		Graph<Layer, Hop> layered = layered(walk, maxHops);
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

	/** The cost of the k-th cheapest path, or infinity while there are fewer. */
	static double kthCost(WalkGraph walk, int maxHops, int k) {
		List<RankedPath> ranked = rank(walk, maxHops, k);
		return ranked.size() < k ? Double.POSITIVE_INFINITY : ranked.get(k - 1).cost();
	}

	private static Graph<Layer, Hop> layered(WalkGraph walk, int maxHops) {
		Graph<Layer, Hop> graph = new SimpleDirectedWeightedGraph<>(null, null);
		graph.addVertex(new Layer(SOURCE, maxHops + 1));
		graph.addVertex(new Layer(walk.target(), 0));
		for (WalkLink link : walk.links()) {
			for (int left = 1; left < maxHops; left++) {
				connect(graph, walk, maxHops, new Layer(link.from(), left), new Layer(link.to(), left - 1), link);
				connect(graph, walk, maxHops, new Layer(link.to(), left), new Layer(link.from(), left - 1), link);
			}
		}
		for (WalkLink knows : walk.userLinks()) {
			for (int left = 1; left <= maxHops; left++) {
				Layer user = new Layer(knows.from(), left);
				if (connect(graph, walk, maxHops, user, new Layer(knows.to(), left - 1), knows)) {
					Layer source = new Layer(SOURCE, maxHops + 1);
					if (!graph.containsEdge(source, user)) {
						Hop start = new Hop(source, user, null);
						graph.addEdge(source, user, start);
						graph.setEdgeWeight(start, 0);
					}
				}
			}
		}
		return graph;
	}

	private static boolean connect(Graph<Layer, Hop> graph, WalkGraph walk, int maxHops, Layer from, Layer to,
			WalkLink link) {
		if (!possible(walk, maxHops, from) || !possible(walk, maxHops, to)) {
			return false;
		}
		graph.addVertex(from);
		graph.addVertex(to);
		Hop hop = new Hop(from, to, link);
		graph.addEdge(from, to, hop);
		graph.setEdgeWeight(hop, link.cost());
		return true;
	}

	/** Whether a path can stand at this node with this many steps still to go. */
	private static boolean possible(WalkGraph walk, int maxHops, Layer layer) {
		WalkNode node = layer.node();
		if (node.equals(walk.target())) {
			return layer.stepsLeft() == 0;
		}
		if (node.kind() == NodeKind.USER) {
			return layer.stepsLeft() >= 1 && layer.stepsLeft() <= maxHops;
		}
		return layer.stepsLeft() >= walk.level(node) && layer.stepsLeft() >= 1 && layer.stepsLeft() < maxHops;
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
