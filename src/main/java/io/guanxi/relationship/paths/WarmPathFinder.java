package io.guanxi.relationship.paths;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.guanxi.platform.AccessScope;
import io.guanxi.platform.UserDirectory;
import io.guanxi.relationship.WarmPath;
import io.guanxi.relationship.WarmPath.Node;
import io.guanxi.relationship.WarmPath.NodeKind;
import io.guanxi.relationship.WarmPath.Step;
import io.guanxi.relationship.WarmPathResult;
import io.guanxi.relationship.paths.PathRanking.RankedPath;
import org.springframework.stereotype.Component;

/**
 * Walks the graph around a contact ({@link WarmPathWalk}), ranks the paths it loaded
 * ({@link PathRanking}) and names their nodes.
 */
@Component
public class WarmPathFinder {

	private final WarmPathWalk walk;

	private final UserDirectory users;

	WarmPathFinder(WarmPathWalk walk, UserDirectory users) {
		this.walk = walk;
		this.users = users;
	}

	/** The paths to a contact the caller (of {@code scope}) may read. */
	public WarmPathResult find(long contactId, String contactName, AccessScope scope, int maxHops, int limit) {
		WalkGraph graph = walk.walk(contactId, contactName, scope, maxHops, limit);
		List<RankedPath> ranked = PathRanking.rank(graph, maxHops, limit, graph.kthCost());
		Set<Long> userIds = new HashSet<>();
		ranked.forEach(path -> userIds.add(path.nodes().get(0).id()));
		Map<Long, String> userNames = users.displayNames(userIds);
		List<WarmPath> paths = ranked.stream().map(path -> warmPath(path, graph, userNames)).toList();
		return new WarmPathResult(contactId, contactName, maxHops, paths, graph.capped());
	}

	private static WarmPath warmPath(RankedPath path, WalkGraph graph, Map<Long, String> userNames) {
		List<Node> nodes = new ArrayList<>();
		List<Step> steps = new ArrayList<>();
		for (int i = 0; i < path.nodes().size(); i++) {
			WalkNode node = path.nodes().get(i);
			String name = node.kind() == NodeKind.USER ? userNames.get(node.id()) : graph.name(node);
			nodes.add(new Node(node.kind(), node.id(), name == null ? "?" : name));
			if (i < path.links().size()) {
				WalkLink link = path.links().get(i);
				Long via = link.viaAccountId();
				steps.add(link.step(node, via == null ? null : graph.name(WalkNode.account(via))));
			}
		}
		return new WarmPath(Math.round(path.cost() * 10) / 10.0, nodes, steps);
	}

}
