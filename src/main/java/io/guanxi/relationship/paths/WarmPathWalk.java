package io.guanxi.relationship.paths;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.guanxi.customer.CustomerDirectory;
import io.guanxi.platform.AccessScope;
import io.guanxi.relationship.internal.TieGraphQueries;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Meets in the middle: walks out from the target level by level (its people and
 * companies, theirs, and for four steps theirs again), and at every level asks which of
 * our users know the contacts reached, which is the users' side of the walk. Each level
 * costs a handful of batched statements ({@link WalkLevel}), and three limits keep hubs
 * from taking over:
 * <ul>
 * <li>at most {@code edgesPerNode} ties of each node and kind (person ties, colleagues
 * per company, employees, company links), the strongest or most recent first;</li>
 * <li>at most {@code nodesPerLevel} new people and companies per level, the closest to
 * the target first;</li>
 * <li>a node is expanded only while a path through it could still beat the k-th best path
 * found so far ({@link StepCosts} bound what a step costs at least); on the last level,
 * the same bound drops the new contacts before anyone is asked about them.</li>
 * </ul>
 * Whatever the caller may not read is dropped before it is expanded, so a path never goes
 * through it.
 */
@Component
class WarmPathWalk {

	private final TieGraphQueries queries;

	private final CustomerDirectory directory;

	private final Clock clock;

	private final int edgesPerNode;

	private final int nodesPerLevel;

	WarmPathWalk(TieGraphQueries queries, CustomerDirectory directory, Clock clock,
			@Value("${guanxi.relationship.warm-paths.edges-per-node}") int edgesPerNode,
			@Value("${guanxi.relationship.warm-paths.nodes-per-level}") int nodesPerLevel) {
		this.queries = queries;
		this.directory = directory;
		this.clock = clock;
		this.edgesPerNode = edgesPerNode;
		this.nodesPerLevel = nodesPerLevel;
	}

	WalkGraph walk(long targetId, String targetName, AccessScope scope, int maxHops, int limit) {
		WalkGraph graph = new WalkGraph(targetId, targetName);
		LocalDate day = LocalDate.now(clock);
		Instant now = clock.instant();
		WalkLevel level = new WalkLevel(graph, queries, directory, scope, day, now, edgesPerNode, nodesPerLevel);
		for (int reached = 0; reached < maxHops - 1; reached++) {
			Map<WalkNode, Double> costs = graph.costsToTarget();
			graph.kthCost(PathRanking.kthCost(graph, maxHops, limit, graph.kthCost()));
			Frontier frontier = frontier(graph, reached, costs);
			if (frontier.isEmpty()) {
				break;
			}
			level.expand(frontier, reached + 1, reached + 1 == maxHops - 1, costs);
		}
		return graph;
	}

	/**
	 * The nodes of a level worth expanding, closest first. A path that uses a link not
	 * yet loaded at node n costs at least that link and a user's step more than n's cost
	 * to the target, which is at least the smaller of what the links loaded so far say
	 * and one link more than the closest node of the level (a shortcut not loaded yet
	 * must come through the level).
	 */
	private static Frontier frontier(WalkGraph graph, int level, Map<WalkNode, Double> costs) {
		List<WalkNode> nodes = graph.atLevel(level).stream().sorted(Comparator.comparing(costs::get)).toList();
		Map<WalkNode, Double> lowerBounds = new HashMap<>();
		if (!nodes.isEmpty()) {
			double closest = costs.get(nodes.get(0));
			nodes.forEach(node -> lowerBounds.put(node, Math.min(costs.get(node), closest + StepCosts.MIN_LINK)));
		}
		List<WalkNode> worth = nodes.stream()
			.filter(node -> lowerBounds.get(node) + StepCosts.MIN_LINK + StepCosts.MIN_KNOWS < graph.kthCost())
			.toList();
		return new Frontier(worth, lowerBounds, graph.kthCost());
	}

}
