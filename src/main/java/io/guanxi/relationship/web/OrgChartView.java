package io.guanxi.relationship.web;

import java.time.LocalDate;
import java.util.List;

import io.guanxi.relationship.DepartmentView;
import io.guanxi.relationship.OrgChart;
import io.guanxi.relationship.PersonnelChangeView;

/**
 * What the org chart page shows for one day: the chart, the same people as a list in
 * reporting order, the account's latest changes, and the choices its forms offer.
 *
 * @param rows the people in reporting order: all of them, or the first ones of a large
 * org
 * @param allRows whether rows holds everybody on the chart
 * @param canChange whether the viewer may change the account, and so sees the forms
 */
public record OrgChartView(OrgChart chart, LocalDate today, TimeScale scale, List<PersonRow> rows, boolean allRows,
		List<PersonnelChangeView> changes, List<DepartmentRow> departments, List<Option> contacts,
		List<Option> positions, boolean canChange) {

	public OrgChartView {
		rows = List.copyOf(rows);
		changes = List.copyOf(changes);
		departments = List.copyOf(departments);
		contacts = List.copyOf(contacts);
		positions = List.copyOf(positions);
	}

	public LocalDate asOf() {
		return chart.asOf();
	}

	public boolean isToday() {
		return chart.asOf().equals(today);
	}

	public boolean isEmpty() {
		return chart.people().isEmpty();
	}

	public int headcount() {
		return chart.people().size();
	}

	/** A choice in a select: an id and what the user reads. */
	public record Option(long id, String label) {

	}

	/** A department with its path of names, outermost first. */
	public record DepartmentRow(DepartmentView department, String path) {

	}

}
