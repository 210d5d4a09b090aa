package io.guanxi.relationship.transfer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.traverse.TopologicalOrderIterator;

/**
 * The rows of a positions file in an order that writes each manager's position before the
 * positions that report to it, whatever order the file lists them in; otherwise in file
 * order. A report depends on those of its manager's rows at the same account that are
 * held on the day the report's position starts (the day the manager must be there). Rows
 * whose reporting lines go round in a circle cannot be ordered; nor can the rows that
 * wait for them.
 *
 * @param ordered the rows that can be written, managers first
 * @param cycles for each row on a circle, the lines of that circle
 * @param blocked for each row waiting for a circle, the lines of the rows it waits for
 */
record ReportingOrder(List<PositionRow> ordered, Map<PositionRow, Set<Integer>> cycles,
		Map<PositionRow, Set<Integer>> blocked) {

	private record Person(long accountId, long contactId) {
	}

	static ReportingOrder of(List<PositionRow> rows) {
		Map<Integer, PositionRow> byLine = new TreeMap<>();
		rows.forEach(row -> byLine.put(row.line(), row));
		Graph<Integer, DefaultEdge> graph = dependencies(rows);
		Map<PositionRow, Set<Integer>> cycles = new HashMap<>();
		for (Set<Integer> circle : new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets()) {
			if (circle.size() > 1) {
				circle.forEach(line -> cycles.put(byLine.get(line), new TreeSet<>(circle)));
			}
		}
		Map<PositionRow, Set<Integer>> blocked = new HashMap<>();
		Deque<Integer> waiting = new ArrayDeque<>();
		cycles.keySet().forEach(row -> waiting.add(row.line()));
		while (!waiting.isEmpty()) {
			Integer line = waiting.poll();
			for (Integer report : Graphs.successorListOf(graph, line)) {
				PositionRow row = byLine.get(report);
				if (!cycles.containsKey(row)) {
					blocked.computeIfAbsent(row, r -> {
						waiting.add(report);
						return new TreeSet<>();
					}).add(line);
				}
			}
		}
		Set<Integer> orderable = new TreeSet<>(byLine.keySet());
		cycles.keySet().forEach(row -> orderable.remove(row.line()));
		blocked.keySet().forEach(row -> orderable.remove(row.line()));
		List<PositionRow> ordered = new ArrayList<>();
		new TopologicalOrderIterator<>(new AsSubgraph<>(graph, orderable), Integer::compare)
			.forEachRemaining(line -> ordered.add(byLine.get(line)));
		return new ReportingOrder(ordered, cycles, blocked);
	}

	/** An edge from each manager's row to each row that reports to it, by line. */
	private static Graph<Integer, DefaultEdge> dependencies(List<PositionRow> rows) {
		Graph<Integer, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
		Map<Person, List<PositionRow>> byPerson = new HashMap<>();
		for (PositionRow row : rows) {
			graph.addVertex(row.line());
			byPerson.computeIfAbsent(new Person(row.accountId(), row.contactId()), p -> new ArrayList<>()).add(row);
		}
		for (PositionRow row : rows) {
			if (row.reportsTo() != null) {
				for (PositionRow manager : byPerson.getOrDefault(new Person(row.accountId(), row.reportsTo()),
						List.of())) {
					if (manager.line() != row.line() && manager.heldOn(row.from())) {
						graph.addEdge(manager.line(), row.line());
					}
				}
			}
		}
		return graph;
	}

}
