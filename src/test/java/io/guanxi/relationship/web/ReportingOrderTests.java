package io.guanxi.relationship.web;

import java.time.LocalDate;
import java.util.List;

import io.guanxi.relationship.OrgPerson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ReportingOrderTests {

	@Test
	void listsEachTopPersonFollowedByTheirReportsDepthFirst() {
		List<PersonRow> rows = ReportingOrder.of(List.of(person(1, "Zhao", 3), person(2, "Boss", null),
				person(3, "Chen", 2), person(4, "Adams", 2), person(5, "Outsider", 99)));

		assertThat(rows).extracting(row -> row.person().name(), PersonRow::level, PersonRow::managerName)
			.containsExactly(tuple("Boss", 0, null), tuple("Adams", 1, "Boss"), tuple("Chen", 1, "Boss"),
					tuple("Zhao", 2, "Chen"), tuple("Outsider", 0, null));
	}

	@Test
	void peopleInALoopOfReportingLinesAreStillListedOnce() {
		List<PersonRow> rows = ReportingOrder.of(List.of(person(1, "A", 2), person(2, "B", 1)));

		assertThat(rows).extracting(row -> row.person().name()).containsExactlyInAnyOrder("A", "B");
	}

	@Test
	void aManagerWithTwoPositionsLeadsTheReportsOnce() {
		OrgPerson second = new OrgPerson(10, 2, "Boss", 1, "Acme", "Board member", 7L, "Board", null, null,
				LocalDate.EPOCH, null, 0);
		List<PersonRow> rows = ReportingOrder.of(List.of(person(2, "Boss", null), second, person(3, "Chen", 2)));

		assertThat(rows).extracting(row -> row.person().title(), PersonRow::level)
			.containsExactly(tuple("Boss", 0), tuple("Chen", 1), tuple("Board member", 0));
	}

	private static OrgPerson person(long contactId, String name, Integer reportsTo) {
		return new OrgPerson(contactId, contactId, name, 1, "Acme", name, null, null,
				reportsTo == null ? null : reportsTo.longValue(), null, LocalDate.EPOCH, null, 0);
	}

}
