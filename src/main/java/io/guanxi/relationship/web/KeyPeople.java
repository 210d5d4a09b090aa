package io.guanxi.relationship.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import io.guanxi.relationship.OrgChart;
import io.guanxi.relationship.OrgPerson;
import io.guanxi.relationship.OrgService;
import io.guanxi.relationship.PersonnelChangeView;

/**
 * The account page's org section: today's people with a buying role, the key roles first,
 * and the latest personnel changes.
 *
 * @param headcount everybody on today's chart, with or without a role
 */
public record KeyPeople(long accountId, int headcount, List<OrgPerson> people, List<PersonnelChangeView> changes) {

	private static final int SHOWN_PEOPLE = 8;

	private static final int SHOWN_CHANGES = 5;

	public KeyPeople {
		people = List.copyOf(people);
		changes = List.copyOf(changes);
	}

	static KeyPeople load(OrgService org, long accountId, LocalDate today) {
		OrgChart chart = org.orgChart(accountId, today);
		List<OrgPerson> withRoles = chart.people()
			.stream()
			.filter(person -> person.buyingRole() != null)
			.sorted(Comparator.comparing((OrgPerson person) -> !person.keyPerson())
				.thenComparing(person -> person.buyingRole().ordinal())
				.thenComparing(OrgPerson::name))
			.limit(SHOWN_PEOPLE)
			.toList();
		return new KeyPeople(accountId, chart.people().size(), withRoles, org.changes(accountId, SHOWN_CHANGES));
	}

	public boolean isEmpty() {
		return headcount == 0 && changes.isEmpty();
	}

}
