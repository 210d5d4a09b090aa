package io.guanxi.relationship;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.guanxi.customer.CustomerDirectory;
import io.guanxi.platform.AccessScope;
import io.guanxi.platform.AccessService;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.platform.UserDirectory;
import io.guanxi.relationship.PathRanking.RankedPath;
import io.guanxi.relationship.WarmPath.Node;
import io.guanxi.relationship.WarmPath.NodeKind;
import io.guanxi.relationship.WarmPath.Step;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "How do we reach this person?" (暖路径, warm introductions): the best paths from any of
 * our users to a contact, through the people they know, those people's ties and
 * colleagues, the companies they work at and those companies' links, ranked by the
 * strength and recency of each step ({@link StepCosts}).
 * <p>
 * The graph is walked from both ends and the walk is capped, so that a person with 20,000
 * ties costs as much as one with 50 ({@link WarmPathWalk}); the result says when a cap
 * cut something off. A path never shows, nor goes through, a contact or account the
 * caller may not read; our users are colleagues and may all appear.
 */
@Service
@Transactional(readOnly = true)
public class WarmPaths {

	public static final int MIN_HOPS = 2;

	public static final int MAX_HOPS = 4;

	public static final int DEFAULT_LIMIT = 5;

	public static final int MAX_LIMIT = 10;

	private final CustomerDirectory directory;

	private final WarmPathWalk walk;

	private final UserDirectory users;

	private final AccessService access;

	WarmPaths(CustomerDirectory directory, WarmPathWalk walk, UserDirectory users, AccessService access) {
		this.directory = directory;
		this.access = access;
		this.walk = walk;
		this.users = users;
	}

	/**
	 * At most {@code limit} paths of at most {@code maxHops} steps, cheapest first;
	 * throws {@link RecordNotFoundException} when the caller may not read the contact.
	 */
	public WarmPathResult find(long contactId, int maxHops, int limit) {
		if (maxHops < MIN_HOPS || maxHops > MAX_HOPS || limit < 1 || limit > MAX_LIMIT) {
			throw new IllegalArgumentException("maxHops must be 2 to 4 and limit 1 to 10");
		}
		AccessScope scope = access.scope();
		String name = directory.contactNames(List.of(contactId), scope).get(contactId);
		if (name == null) {
			throw new RecordNotFoundException("contact", contactId);
		}
		WalkGraph graph = walk.walk(contactId, name, scope, maxHops, limit);
		List<RankedPath> ranked = PathRanking.rank(graph, maxHops, limit, graph.kthCost());
		Set<Long> userIds = new HashSet<>();
		ranked.forEach(path -> userIds.add(path.nodes().get(0).id()));
		Map<Long, String> userNames = users.displayNames(userIds);
		List<WarmPath> paths = ranked.stream().map(path -> warmPath(path, graph, userNames)).toList();
		return new WarmPathResult(contactId, name, maxHops, paths, graph.capped());
	}

	private static WarmPath warmPath(RankedPath path, WalkGraph graph, Map<Long, String> userNames) {
		List<Node> nodes = new ArrayList<>();
		List<Step> steps = new ArrayList<>();
		for (int i = 0; i < path.nodes().size(); i++) {
			WalkNode node = path.nodes().get(i);
			String name = node.kind() == NodeKind.USER ? userNames.getOrDefault(node.id(), "?") : graph.name(node);
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
