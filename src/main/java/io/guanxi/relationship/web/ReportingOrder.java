package io.guanxi.relationship.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.guanxi.relationship.OrgPerson;

/**
 * Lists a chart's people the way the chart draws them: each top person (who reports to
 * nobody on the chart) followed by their reports, depth first, so that a list read aloud
 * follows the tree. Colleagues are listed by name.
 */
final class ReportingOrder {

	private final Map<Long, List<OrgPerson>> reportsByManager = new LinkedHashMap<>();

	private final Map<Long, String> names = new LinkedHashMap<>();

	private final Set<Long> listed = new HashSet<>();

	private final Set<Long> leaders = new HashSet<>();

	private final List<PersonRow> rows = new ArrayList<>();

	private ReportingOrder(List<OrgPerson> people) {
		people.forEach(person -> names.putIfAbsent(person.contactId(), person.name()));
		for (OrgPerson person : people) {
			Long manager = person.reportsToContactId();
			if (manager != null && names.containsKey(manager)) {
				reportsByManager.computeIfAbsent(manager, id -> new ArrayList<>()).add(person);
			}
		}
	}

	static List<PersonRow> of(List<OrgPerson> people) {
		List<OrgPerson> sorted = people.stream()
			.sorted(Comparator.comparing(OrgPerson::name).thenComparing(OrgPerson::positionId))
			.toList();
		ReportingOrder order = new ReportingOrder(sorted);
		sorted.stream().filter(order::isTop).forEach(person -> order.visit(person, 0));
		// people in a loop of reporting lines have no top; list them all the same
		sorted.forEach(person -> order.visit(person, 0));
		return order.rows;
	}

	private boolean isTop(OrgPerson person) {
		Long manager = person.reportsToContactId();
		return manager == null || !names.containsKey(manager);
	}

	/** A manager with two positions leads their reports from the first one listed. */
	private void visit(OrgPerson person, int level) {
		if (!listed.add(person.positionId())) {
			return;
		}
		Long manager = person.reportsToContactId();
		rows.add(new PersonRow(person, level, manager == null ? null : names.get(manager)));
		if (leaders.add(person.contactId())) {
			reportsByManager.getOrDefault(person.contactId(), List.of()).forEach(report -> visit(report, level + 1));
		}
	}

}
