package io.guanxi.relationship.transfer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.guanxi.customer.CustomerDirectory;
import io.guanxi.customer.CustomerKeys;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.relationship.BuyingRole;
import io.guanxi.relationship.OrgService;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A positions file: each row a person's position at an account, joined through
 * {@link OrgService#join}, managers before their reports. Departments named by a path are
 * created where missing.
 */
@Component
class PositionImport implements KindImport {

	private static final String REPORTS_TO = "reports_to";

	private static final String MANAGER_ROW = "relationship.import.error.managerRow";

	private static final String MANAGER_ABSENT = "relationship.position.error.managerAbsent";

	private static final int MAX_DEPARTMENT_NAME = 200;

	private final OrgService org;

	private final CustomerKeys keys;

	private final CustomerDirectory directory;

	private final MessageSource messages;

	private final Validator validator;

	private final EntityManager entityManager;

	PositionImport(OrgService org, CustomerKeys keys, CustomerDirectory directory, MessageSource messages,
			Validator validator, EntityManager entityManager) {
		this.org = org;
		this.keys = keys;
		this.directory = directory;
		this.messages = messages;
		this.validator = validator;
		this.entityManager = entityManager;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.POSITIONS;
	}

	@Override
	public ImportCounts run(List<ImportRow> rows, Problems problems) {
		References references = new References(keys, directory);
		references.lookUpAccounts(rows.stream().map(row -> row.cell("account")).toList());
		references.lookUpContacts(
				rows.stream().flatMap(row -> Stream.of(row.cell("contact"), row.cell("reports_to"))).toList());
		Choices<BuyingRole> roles = new Choices<>(BuyingRole.class, "relationship.role.", messages);
		Map<Integer, RowCheck> checks = new HashMap<>();
		List<PositionRow> read = new ArrayList<>();
		for (ImportRow row : rows) {
			RowCheck check = new RowCheck(row, problems, references);
			checks.put(row.line(), check);
			PositionRow position = read(check, roles);
			if (position != null) {
				read.add(position);
			}
		}
		ReportingOrder order = ReportingOrder.of(read);
		order.cycles()
			.forEach((row, lines) -> problems.add(row.line(), REPORTS_TO, "relationship.import.error.cycle",
					lines(lines)));
		order.blocked().forEach((row, lines) -> problems.add(row.line(), REPORTS_TO, MANAGER_ROW, lines(lines)));
		return write(order.ordered(), checks, linesByContact(rows, references), problems);
	}

	/**
	 * Writes the rows in order, each into its department; stops when the database refuses
	 * one.
	 */
	private ImportCounts write(List<PositionRow> ordered, Map<Integer, RowCheck> checks,
			Map<Long, Set<Integer>> linesByContact, Problems problems) {
		DepartmentPaths departments = new DepartmentPaths(org);
		RowWriter writer = writer();
		for (PositionRow position : ordered) {
			if (writer.stopped()) {
				break;
			}
			RowCheck check = checks.get(position.line());
			Long[] department = new Long[1];
			if (writer.call(check,
					() -> department[0] = departments.idFor(position.accountId(), position.department()))) {
				Set<Integer> managerProblems = position.reportsTo() == null ? Set.of()
						: withProblems(linesByContact.get(position.reportsTo()), problems);
				writer.write(check, position.join(department[0]), () -> join(position, department[0], managerProblems));
			}
		}
		return new ImportCounts(checks.size(), departments.created());
	}

	private @Nullable PositionRow read(RowCheck row, Choices<BuyingRole> roles) {
		Long account = row.account("account", true);
		Long contact = row.contact("contact", true);
		String title = row.required("title");
		List<String> department = DepartmentPaths.parse(row.text("department"));
		if (department.stream().anyMatch(name -> name.length() > MAX_DEPARTMENT_NAME)) {
			row.problem("department", "relationship.import.error.departmentName", MAX_DEPARTMENT_NAME);
		}
		Long reportsTo = row.contact(REPORTS_TO, false);
		BuyingRole role = row.choice("buying_role", roles, false);
		LocalDate from = row.date("from", true);
		LocalDate to = row.date("to", false);
		if (row.failed() || account == null || contact == null || title == null || from == null) {
			return null;
		}
		return new PositionRow(row.line(), account, contact, title, department, reportsTo, role, from, to,
				row.text("note"));
	}

	/**
	 * Joins; a manager absent because their own row was refused is told as that, not as a
	 * missing manager.
	 */
	private void join(PositionRow position, @Nullable Long department, Set<Integer> managerProblems) {
		try {
			org.join(position.accountId(), position.join(department));
		}
		catch (BusinessRuleException ex) {
			if (MANAGER_ABSENT.equals(ex.messageKey()) && !managerProblems.isEmpty()) {
				throw new BusinessRuleException(MANAGER_ROW, lines(managerProblems));
			}
			throw ex;
		}
	}

	private RowWriter writer() {
		return new RowWriter(validator, entityManager,
				Map.of("contactId", "contact", "title", "title", "departmentId", "department", "reportsToContactId",
						REPORTS_TO, "buyingRole", "buying_role", "from", "from", "to", "to", "note", "note"),
				Map.of("relationship.position.error.period", "to", "relationship.position.error.overlap", "from",
						"relationship.position.error.cycle", REPORTS_TO, MANAGER_ABSENT, REPORTS_TO, MANAGER_ROW,
						REPORTS_TO, "relationship.department.error.account", "department"),
				"account", "relationship.import.error.accountNotChangeable");
	}

	/** The lines of each contact's own rows in the file, by the contact they name. */
	private static Map<Long, Set<Integer>> linesByContact(List<ImportRow> rows, References references) {
		Map<Long, Set<Integer>> lines = new HashMap<>();
		for (ImportRow row : rows) {
			Set<Long> contacts = references.contacts(row.cell("contact"));
			if (contacts.size() == 1) {
				lines.computeIfAbsent(contacts.iterator().next(), c -> new TreeSet<>()).add(row.line());
			}
		}
		return lines;
	}

	private static Set<Integer> withProblems(@Nullable Set<Integer> lines, Problems problems) {
		Set<Integer> found = new TreeSet<>();
		if (lines != null) {
			lines.stream().filter(problems::has).forEach(found::add);
		}
		return found;
	}

	private static String lines(Set<Integer> lines) {
		return String.join(", ", lines.stream().map(String::valueOf).toList());
	}

}
