package io.guanxi.relationship;

import java.time.LocalDate;
import java.util.List;

/**
 * The companies and people around a focus on a day, as far as the caller may read them.
 *
 * @param focus the node the network was drawn around ({@code account:42})
 * @param neighbourCap at most this many companies and this many people around each node
 * @param truncated whether a node left neighbours out or the network stopped at
 * {@link NetworkView#MAX_NODES}
 */
public record Network(String focus, LocalDate asOf, int depth, int neighbourCap, List<NetworkNode> nodes,
		List<NetworkEdge> edges, boolean truncated) {
}
