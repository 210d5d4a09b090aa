package io.guanxi.relationship;

import java.time.LocalDate;
import java.util.List;

/**
 * An account's people as of one day: the positions held that day that the caller may see.
 */
public record OrgChart(long accountId, String accountName, LocalDate asOf, List<DepartmentView> departments,
		List<OrgPerson> people) {

	public OrgChart {
		departments = List.copyOf(departments);
		people = List.copyOf(people);
	}

}
