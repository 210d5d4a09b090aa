package io.guanxi.relationship.transfer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class ReportingOrderTests {

	static final LocalDate START = LocalDate.of(2020, 1, 1);

	@Test
	void aDeepChainListedBottomUpIsWrittenTopDown() {
		List<PositionRow> rows = new ArrayList<>();
		int people = 5_000;
		for (int person = people - 1; person >= 0; person--) {
			rows.add(row(people - person + 1, person, person == 0 ? null : (long) person - 1, START, null));
		}

		List<PositionRow> ordered = ReportingOrder.of(rows).ordered();

		assertThat(ordered).hasSize(people);
		assertThat(ordered.get(0).contactId()).isZero();
		assertThat(ordered).extracting(PositionRow::contactId).isSorted();
	}

	@Test
	void rowsWithoutManagersInTheFileKeepTheirOrder() {
		List<PositionRow> rows = List.of(row(2, 7, 100L, START, null), row(3, 5, null, START, null),
				row(4, 6, 101L, START, null));

		assertThat(ReportingOrder.of(rows).ordered()).extracting(PositionRow::line).containsExactly(2, 3, 4);
	}

	@Test
	void aCircleIsReportedWithTheRowsThatWaitForIt() {
		PositionRow a = row(2, 1, 2L, START, null);
		PositionRow b = row(3, 2, 1L, START, null);
		PositionRow c = row(4, 3, 2L, START, null);
		PositionRow d = row(5, 4, 3L, START, null);
		PositionRow free = row(6, 5, null, START, null);

		ReportingOrder order = ReportingOrder.of(List.of(a, b, c, d, free));

		assertThat(order.cycles()).containsOnly(entry(a, Set.of(2, 3)), entry(b, Set.of(2, 3)));
		assertThat(order.blocked()).containsOnly(entry(c, Set.of(3)), entry(d, Set.of(4)));
		assertThat(order.ordered()).containsExactly(free);
	}

	@Test
	void aManagersRowThatEndedBeforeTheReportStartedIsNoDependency() {
		// A reported to B until 2015; B reported to A from 2016: no circle
		PositionRow aEarly = row(2, 1, 2L, LocalDate.of(2010, 1, 1), LocalDate.of(2015, 1, 1));
		PositionRow bEarly = row(3, 2, null, LocalDate.of(2005, 1, 1), LocalDate.of(2016, 1, 1));
		PositionRow bLate = row(4, 2, 1L, LocalDate.of(2016, 1, 1), null);
		PositionRow aLate = row(5, 1, null, LocalDate.of(2015, 1, 1), null);

		ReportingOrder order = ReportingOrder.of(List.of(aEarly, bEarly, bLate, aLate));

		assertThat(order.cycles()).isEmpty();
		assertThat(order.ordered()).extracting(PositionRow::line).containsExactly(3, 2, 5, 4);
	}

	private static PositionRow row(int line, long contact, Long reportsTo, LocalDate from, LocalDate to) {
		return new PositionRow(line, 1, contact, "Title", List.of(), reportsTo, null, from, to, null);
	}

}
