package io.guanxi.relationship;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.guanxi.customer.CustomerDirectory;
import io.guanxi.relationship.internal.Department;
import io.guanxi.relationship.internal.DepartmentRepository;
import io.guanxi.relationship.internal.PersonnelChange;
import io.guanxi.relationship.internal.Position;
import io.guanxi.relationship.internal.PositionRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Turns positions and changes into what pages and the API show, with the names of the
 * people and accounts, leaving out what the caller may not read.
 */
@Component
class PositionViews {

	private final CustomerDirectory directory;

	private final DepartmentRepository departments;

	private final PositionRepository positions;

	PositionViews(CustomerDirectory directory, DepartmentRepository departments, PositionRepository positions) {
		this.directory = directory;
		this.departments = departments;
		this.positions = positions;
	}

	/** The visible ones of {@code list}, in its order. */
	List<OrgPerson> people(Collection<Position> list) {
		Names names = names(list, List.of());
		return list.stream().filter(names::shows).map(names::person).toList();
	}

	List<PersonnelChangeView> changes(List<PersonnelChange> list) {
		Set<Long> positionIds = new HashSet<>();
		list.forEach(change -> {
			addIfPresent(positionIds, change.fromPositionId());
			addIfPresent(positionIds, change.toPositionId());
		});
		Map<Long, Position> byId = positions.findAllById(positionIds)
			.stream()
			.collect(Collectors.toMap(Position::id, p -> p));
		Names names = names(byId.values(), list);
		return list.stream()
			.filter(change -> names.contacts.containsKey(change.contactId())
					&& names.accounts.containsKey(change.accountId()))
			.map(change -> new PersonnelChangeView(change.id(), change.contactId(),
					names.contacts.get(change.contactId()), change.accountId(), names.accounts.get(change.accountId()),
					change.kind(), change.effectiveOn(), names.person(byId.get(change.fromPositionId())),
					names.person(byId.get(change.toPositionId())),
					names.accounts.containsKey(change.newAccountId()) ? change.newAccountId() : null,
					names.accounts.get(change.newAccountId()), change.newCompanyName(), change.keyPerson(),
					change.note(), change.recordedAt()))
			.toList();
	}

	DepartmentView department(Department department) {
		return new DepartmentView(department.id(), department.accountId(), department.parentId(), department.name(),
				department.version());
	}

	private Names names(Collection<Position> list, List<PersonnelChange> changes) {
		Set<Long> contactIds = new HashSet<>();
		Set<Long> accountIds = new HashSet<>();
		Set<Long> departmentIds = new HashSet<>();
		for (Position position : list) {
			contactIds.add(position.contactId());
			addIfPresent(contactIds, position.reportsToContactId());
			accountIds.add(position.accountId());
			addIfPresent(departmentIds, position.departmentId());
		}
		for (PersonnelChange change : changes) {
			contactIds.add(change.contactId());
			accountIds.add(change.accountId());
			addIfPresent(accountIds, change.newAccountId());
		}
		Map<Long, String> departmentNames = departments.findAllById(departmentIds)
			.stream()
			.collect(Collectors.toMap(Department::id, Department::name));
		return new Names(directory.contactNames(contactIds), directory.accountNames(accountIds), departmentNames);
	}

	private static void addIfPresent(Set<Long> ids, @Nullable Long id) {
		if (id != null) {
			ids.add(id);
		}
	}

	private record Names(Map<Long, String> contacts, Map<Long, String> accounts, Map<Long, String> departments) {

		boolean shows(Position position) {
			return contacts.containsKey(position.contactId()) && accounts.containsKey(position.accountId());
		}

		@Nullable OrgPerson person(@Nullable Position position) {
			if (position == null || !shows(position)) {
				return null;
			}
			Long manager = position.reportsToContactId();
			return new OrgPerson(position.id(), position.contactId(), contacts.get(position.contactId()),
					position.accountId(), accounts.get(position.accountId()), position.title(), position.departmentId(),
					departments.get(position.departmentId()),
					manager != null && contacts.containsKey(manager) ? manager : null, position.buyingRole(),
					position.validFrom(), position.validTo(), position.version());
		}

	}

}
