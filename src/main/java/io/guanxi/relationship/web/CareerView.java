package io.guanxi.relationship.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import io.guanxi.relationship.Career;
import io.guanxi.relationship.OrgPerson;
import io.guanxi.relationship.PersonnelChangeView;

/**
 * The contact page's career: what the person holds today, and every change at every
 * company, newest first.
 */
public record CareerView(long contactId, List<OrgPerson> current, List<PersonnelChangeView> changes) {

	public CareerView {
		current = List.copyOf(current);
		changes = List.copyOf(changes);
	}

	static CareerView of(Career career, LocalDate today) {
		List<OrgPerson> current = career.positions()
			.stream()
			.filter(position -> !position.validFrom().isAfter(today)
					&& (position.validTo() == null || position.validTo().isAfter(today)))
			.toList();
		List<PersonnelChangeView> newestFirst = career.changes()
			.stream()
			.sorted(Comparator.comparing(PersonnelChangeView::effectiveOn)
				.thenComparing(PersonnelChangeView::id)
				.reversed())
			.toList();
		return new CareerView(career.contactId(), current, newestFirst);
	}

	public boolean isEmpty() {
		return current.isEmpty() && changes.isEmpty();
	}

}
