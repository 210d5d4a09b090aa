package io.guanxi.relationship;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.guanxi.customer.AccountDetails;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.ContactService;
import io.guanxi.platform.AccessService;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.platform.StaleVersionException;
import io.guanxi.relationship.internal.Department;
import io.guanxi.relationship.internal.DepartmentRepository;
import io.guanxi.relationship.internal.OrgRules;
import io.guanxi.relationship.internal.PersonnelChange;
import io.guanxi.relationship.internal.PersonnelChangeRepository;
import io.guanxi.relationship.internal.Position;
import io.guanxi.relationship.internal.PositionRepository;
import io.guanxi.relationship.internal.PositionTerms;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An account's org structure over time: departments, positions and the personnel changes
 * between them. A change never overwrites: it ends a position and opens the next, and is
 * recorded with its kind and day, so the chart of any past day can be drawn again.
 */
@Service
@Transactional
public class OrgService {

	static final String POSITION = "position";

	static final String DEPARTMENT = "department";

	private final PositionRepository positions;

	private final DepartmentRepository departments;

	private final PersonnelChangeRepository changes;

	private final OrgRules rules;

	private final PositionViews views;

	private final AccountService accounts;

	private final ContactService contacts;

	private final AccessService access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OrgService(PositionRepository positions, DepartmentRepository departments, PersonnelChangeRepository changes,
			OrgRules rules, PositionViews views, AccountService accounts, ContactService contacts, AccessService access,
			ApplicationEventPublisher events, Clock clock) {
		this.positions = positions;
		this.departments = departments;
		this.changes = changes;
		this.rules = rules;
		this.views = views;
		this.accounts = accounts;
		this.contacts = contacts;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	/** The account's people on {@code asOf}, with its departments. */
	@Transactional(readOnly = true)
	public OrgChart orgChart(long accountId, LocalDate asOf) {
		AccountDetails account = accounts.get(accountId);
		List<OrgPerson> people = views.people(positions.heldAt(accountId, asOf))
			.stream()
			.sorted(Comparator.comparing(OrgPerson::name).thenComparing(OrgPerson::positionId))
			.toList();
		return new OrgChart(accountId, account.name(), asOf, departments(accountId), people);
	}

	@Transactional(readOnly = true)
	public List<DepartmentView> departments(long accountId) {
		accounts.get(accountId);
		return departments.findByAccountIdOrderByName(accountId).stream().map(views::department).toList();
	}

	/**
	 * The person's positions at every company, oldest first, and the changes between
	 * them.
	 */
	@Transactional(readOnly = true)
	public Career career(long contactId) {
		String name = contacts.get(contactId).fullName();
		return new Career(contactId, name, views.people(positions.findByContactIdOrderByValidFromAscIdAsc(contactId)),
				views.changes(changes.findByContactIdOrderByEffectiveOnAscIdAsc(contactId)));
	}

	/** The newest personnel changes at the account. */
	@Transactional(readOnly = true)
	public List<PersonnelChangeView> changes(long accountId, int limit) {
		accounts.get(accountId);
		return views.changes(changes.findByAccountIdOrderByEffectiveOnDescIdDesc(accountId, Limit.of(limit)));
	}

	/**
	 * The first day anybody held a position at the account, empty when nobody ever did:
	 * where a chart's time line starts.
	 */
	@Transactional(readOnly = true)
	public Optional<LocalDate> historyStart(long accountId) {
		accounts.get(accountId);
		return Optional.ofNullable(positions.firstDayAt(accountId));
	}

	/**
	 * The key people's changes at the account effective on or after {@code since}, newest
	 * first, at most {@code limit}: who left, was promoted, moved or changed title or
	 * role. Joins are left out: a whole org chart loaded at once would bury the rest.
	 */
	@Transactional(readOnly = true)
	public List<PersonnelChangeView> keyPersonChanges(long accountId, LocalDate since, int limit) {
		accounts.get(accountId);
		return views.changes(changes.keyPersonChangesSince(accountId, since, Limit.of(limit)));
	}

	@Transactional(readOnly = true)
	public OrgPerson position(long positionId) {
		Position position = found(positionId);
		accounts.get(position.accountId());
		return views.people(List.of(position))
			.stream()
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException(POSITION, positionId));
	}

	public DepartmentView createDepartment(long accountId, SaveDepartment command) {
		accounts.checkChange(accountId);
		rules.checkParent(accountId, null, command.parentId());
		Department department = departments.save(new Department(accountId, command.parentId(), command.name()));
		departments.flush();
		return views.department(department);
	}

	public DepartmentView updateDepartment(long departmentId, SaveDepartment command, long expectedVersion) {
		Department department = changeableDepartment(departmentId, expectedVersion);
		rules.checkParent(department.accountId(), departmentId, command.parentId());
		department.rename(command.name());
		department.moveUnder(command.parentId());
		departments.flush();
		return views.department(department);
	}

	/**
	 * Deletes an empty department; one that still has positions or sub-departments stays.
	 */
	public void deleteDepartment(long departmentId, long expectedVersion) {
		Department department = changeableDepartment(departmentId, expectedVersion);
		if (positions.countByDepartmentId(departmentId) > 0 || departments.countByParentId(departmentId) > 0) {
			throw new BusinessRuleException("relationship.department.error.inUse", department.name());
		}
		departments.delete(department);
	}

	/**
	 * The person takes a position at the account: recorded as {@link ChangeKind#JOINED}.
	 */
	public OrgPerson join(long accountId, JoinAccount command) {
		accounts.checkChange(accountId);
		long contactId = command.contactId();
		contacts.get(contactId);
		checkReadable(command.reportsToContactId());
		PositionTerms terms = new PositionTerms(command.title().strip(), command.departmentId(),
				command.reportsToContactId(), command.buyingRole());
		rules.check(accountId, contactId, terms, command.from(), command.to(), null);
		Position position = positions.save(new Position(contactId, accountId, terms, command.from(), command.to()));
		positions.flush();
		record(new PersonnelChange(contactId, accountId, ChangeKind.JOINED, command.from(), null, position.id(),
				key(command.buyingRole()), command.note(), access.currentUser().id(), Instant.now(clock)), null,
				position);
		return position(position.id());
	}

	/**
	 * The person's position changes on {@code command.on()}: the position ends that day
	 * and the new one starts, until the old one would have ended.
	 */
	public OrgPerson change(long positionId, ChangePosition command) {
		if (!command.kind().movesWithin()) {
			throw new BusinessRuleException("relationship.position.error.changeKind");
		}
		Position before = changeablePosition(positionId);
		LocalDate on = command.on();
		if (!before.heldOn(on) || !on.isAfter(before.validFrom())) {
			throw new BusinessRuleException("relationship.position.error.changeDay", before.validFrom());
		}
		checkReadable(command.reportsToContactId());
		PositionTerms terms = new PositionTerms(command.title().strip(), command.departmentId(),
				command.reportsToContactId(), command.buyingRole());
		rules.check(before.accountId(), before.contactId(), terms, on, before.validTo(), before.id());
		Position after = new Position(before.contactId(), before.accountId(), terms, on, before.validTo());
		before.endOn(on);
		positions.save(after);
		positions.flush();
		record(new PersonnelChange(before.contactId(), before.accountId(), command.kind(), on, before.id(), after.id(),
				key(before.buyingRole()) || key(command.buyingRole()), command.note(), access.currentUser().id(),
				Instant.now(clock)), before, after);
		return position(after.id());
	}

	/** The person leaves the account on {@code command.on()}. */
	public PersonnelChangeView leave(long positionId, LeaveAccount command) {
		Position position = changeablePosition(positionId);
		LocalDate on = command.on();
		if (!position.heldOn(on) || !on.isAfter(position.validFrom())) {
			throw new BusinessRuleException("relationship.position.error.changeDay", position.validFrom());
		}
		if (command.newAccountId() != null) {
			accounts.get(command.newAccountId());
		}
		position.endOn(on);
		PersonnelChange change = new PersonnelChange(position.contactId(), position.accountId(), ChangeKind.LEFT, on,
				position.id(), null, key(position.buyingRole()), command.note(), access.currentUser().id(),
				Instant.now(clock));
		change.wentTo(command.newAccountId(), blankToNull(command.newCompanyName()));
		record(change, position, null);
		return views.changes(List.of(change)).get(0);
	}

	private void record(PersonnelChange change, @Nullable Position before, @Nullable Position after) {
		changes.save(change);
		changes.flush();
		if (change.keyPerson()) {
			events.publishEvent(new KeyPersonChanged(change.id(), change.accountId(), change.contactId(), change.kind(),
					before == null ? null : before.buyingRole(), after == null ? null : after.buyingRole(),
					before == null ? null : before.title(), after == null ? null : after.title(), change.effectiveOn(),
					change.newAccountId(), change.newCompanyName(), access.currentUser().id()));
		}
	}

	private Position changeablePosition(long positionId) {
		Position position = found(positionId);
		accounts.checkChange(position.accountId());
		contacts.get(position.contactId());
		return position;
	}

	private Department changeableDepartment(long departmentId, long expectedVersion) {
		Department department = departments.findById(departmentId)
			.orElseThrow(() -> new RecordNotFoundException(DEPARTMENT, departmentId));
		accounts.checkChange(department.accountId());
		if (department.version() != expectedVersion) {
			throw new StaleVersionException(DEPARTMENT, departmentId, expectedVersion, department.version());
		}
		return department;
	}

	private Position found(long positionId) {
		return positions.findById(positionId).orElseThrow(() -> new RecordNotFoundException(POSITION, positionId));
	}

	private void checkReadable(@Nullable Long contactId) {
		if (contactId != null) {
			contacts.get(contactId);
		}
	}

	private static boolean key(@Nullable BuyingRole role) {
		return role != null && role.key();
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
