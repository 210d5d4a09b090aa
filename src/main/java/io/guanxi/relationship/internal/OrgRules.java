package io.guanxi.relationship.internal;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.guanxi.platform.BusinessRuleException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The rules a position must keep within its account.
 * <ul>
 * <li>One person holds at most one position in a department at a time: two overlapping
 * titles in one department are a mistake, not a career step, and are refused. Positions
 * in different departments may overlap (兼任, a second role).</li>
 * <li>The manager a person reports to works at the account when the position starts, and
 * reporting lines never form a cycle while the positions overlap.</li>
 * <li>A department belongs to the position's account.</li>
 * </ul>
 */
@Component
public class OrgRules {

	private final PositionRepository positions;

	private final DepartmentRepository departments;

	OrgRules(PositionRepository positions, DepartmentRepository departments) {
		this.positions = positions;
		this.departments = departments;
	}

	/**
	 * Checks a position about to be written; {@code replacing} is the position it ends or
	 * corrects (left out of the checks), or null.
	 */
	public void check(long accountId, long contactId, PositionTerms terms, LocalDate from, @Nullable LocalDate to,
			@Nullable Long replacing) {
		if (to != null && !to.isAfter(from)) {
			throw new BusinessRuleException("relationship.position.error.period");
		}
		if (Objects.equals(terms.reportsToContactId(), contactId)) {
			throw new BusinessRuleException("relationship.position.error.cycle");
		}
		checkDepartment(accountId, terms.departmentId());
		checkOverlap(accountId, contactId, terms.departmentId(), from, to, replacing);
		Long manager = terms.reportsToContactId();
		if (manager != null) {
			checkManager(accountId, contactId, manager, from, to, replacing);
		}
	}

	public void checkDepartment(long accountId, @Nullable Long departmentId) {
		if (departmentId != null && departments.findById(departmentId)
			.filter(department -> department.accountId() == accountId)
			.isEmpty()) {
			throw new BusinessRuleException("relationship.department.error.account");
		}
	}

	/** Refuses a parent that is the department itself or one of its sub-departments. */
	public void checkParent(long accountId, @Nullable Long departmentId, @Nullable Long parentId) {
		checkDepartment(accountId, parentId);
		Long current = parentId;
		Set<Long> seen = new HashSet<>();
		while (current != null && seen.add(current)) {
			if (current.equals(departmentId)) {
				throw new BusinessRuleException("relationship.department.error.cycle");
			}
			current = departments.findById(current).map(Department::parentId).orElse(null);
		}
	}

	private void checkOverlap(long accountId, long contactId, @Nullable Long departmentId, LocalDate from,
			@Nullable LocalDate to, @Nullable Long replacing) {
		positions.findByContactIdAndAccountId(contactId, accountId)
			.stream()
			.filter(other -> !Objects.equals(other.id(), replacing))
			.filter(other -> Objects.equals(other.departmentId(), departmentId))
			.filter(other -> other.overlaps(from, to))
			.findFirst()
			.ifPresent(other -> {
				throw new BusinessRuleException("relationship.position.error.overlap", other.title(),
						other.validFrom());
			});
	}

	private void checkManager(long accountId, long contactId, long managerId, LocalDate from, @Nullable LocalDate to,
			@Nullable Long replacing) {
		List<Position> atAccount = positions.findByAccountIdAndContactIdIn(accountId, List.of(managerId));
		if (atAccount.stream().noneMatch(position -> position.heldOn(from))) {
			throw new BusinessRuleException("relationship.position.error.managerAbsent", from);
		}
		if (reaches(accountId, managerId, contactId, from, to, replacing)) {
			throw new BusinessRuleException("relationship.position.error.cycle");
		}
	}

	/**
	 * Whether following reporting lines up from {@code start}, over positions that share
	 * a day with the period from {@code from} to {@code to}, arrives at {@code target}.
	 */
	private boolean reaches(long accountId, long start, long target, LocalDate from, @Nullable LocalDate to,
			@Nullable Long replacing) {
		Map<Long, Set<Long>> managers = new HashMap<>();
		Deque<Long> queue = new ArrayDeque<>(List.of(start));
		Set<Long> seen = new HashSet<>(queue);
		while (!queue.isEmpty()) {
			Long person = queue.poll();
			for (Long manager : managers.computeIfAbsent(person, p -> managersOf(accountId, p, from, to, replacing))) {
				if (manager == target) {
					return true;
				}
				if (seen.add(manager)) {
					queue.add(manager);
				}
			}
		}
		return false;
	}

	private Set<Long> managersOf(long accountId, long contactId, LocalDate from, @Nullable LocalDate to,
			@Nullable Long replacing) {
		Set<Long> managers = new HashSet<>();
		for (Position position : positions.findByAccountIdAndContactIdIn(accountId, List.of(contactId))) {
			if (!Objects.equals(position.id(), replacing) && position.overlaps(from, to)
					&& position.reportsToContactId() != null) {
				managers.add(position.reportsToContactId());
			}
		}
		return managers;
	}

}
