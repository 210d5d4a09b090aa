package io.guanxi.bench;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import io.guanxi.relationship.BuyingRole;
import io.guanxi.relationship.ChangeKind;

/**
 * Writes departments, positions and personnel changes the way the application records them: a career at an
 * account is a chain of positions, each ending the day the next begins, opened by a JOINED change, each step
 * recorded with its kind (promoted, transferred…), and closed by a LEFT change when the person leaves.
 */
final class OrgWriter implements AutoCloseable {

	/** One position of a career; it lasts until the next step, the day the person left, or today. */
	record Step(ChangeKind kind, LocalDate from, Long department, String title, Integer reportsTo,
			BuyingRole role) {
	}

	/** Where a person who left went: an account (who then joins it), a company name, or nothing known. */
	record Departure(LocalDate on, Integer newAccount, String newCompany) {
	}

	private final TableWriter departments;

	private final TableWriter positions;

	private final TableWriter changes;

	private long departmentId;

	private long positionId;

	private long changeId;

	OrgWriter(Connection connection, boolean postgres) {
		this.departments = new TableWriter(connection, postgres, "relationship_department", "id", "account_id",
				"parent_id", "name", "version", "created_at", "updated_at");
		this.positions = new TableWriter(connection, postgres, "relationship_position", "id", "contact_id",
				"account_id", "department_id", "title", "reports_to_contact_id", "buying_role", "valid_from", "valid_to",
				"version", "created_at", "updated_at");
		this.changes = new TableWriter(connection, postgres, "relationship_personnel_change", "id", "contact_id",
				"account_id", "kind", "effective_on", "from_position_id", "to_position_id", "new_account_id",
				"new_company_name", "key_person", "note", "recorded_by", "recorded_at");
	}

	long department(int account, Long parent, String name, LocalDate created) throws SQLException, IOException {
		departmentId++;
		Instant at = instant(created);
		departments.add(departmentId, (long) account, parent, name, 0, at, at);
		return departmentId;
	}

	/**
	 * Writes the person's positions at the account and the changes between them; {@code left} is null while
	 * the person stays. Answers the last position's id.
	 */
	long career(int contact, int account, long recordedBy, List<Step> steps, Departure left)
			throws SQLException, IOException {
		long previous = 0;
		BuyingRole previousRole = null;
		for (int i = 0; i < steps.size(); i++) {
			Step step = steps.get(i);
			LocalDate to = i + 1 < steps.size() ? steps.get(i + 1).from() : left == null ? null : left.on();
			long id = ++positionId;
			Instant created = instant(step.from());
			positions.add(id, (long) contact, (long) account, step.department(), step.title(),
					step.reportsTo() == null ? null : (long) step.reportsTo(), name(step.role()), step.from(), to, 0,
					created, created);
			change(contact, account, step.kind(), step.from(), previous == 0 ? null : previous, id, null, null,
					key(previousRole) || key(step.role()), recordedBy);
			previous = id;
			previousRole = step.role();
		}
		if (left != null) {
			change(contact, account, ChangeKind.LEFT, left.on(), previous, null, left.newAccount(), left.newCompany(),
					key(previousRole), recordedBy);
		}
		return previous;
	}

	long positions() {
		return positions.written();
	}

	long changes() {
		return changes.written();
	}

	long departments() {
		return departments.written();
	}

	private void change(int contact, int account, ChangeKind kind, LocalDate on, Long from, Long to,
			Integer newAccount, String newCompany, boolean keyPerson, long recordedBy)
			throws SQLException, IOException {
		changes.add(++changeId, (long) contact, (long) account, kind.name(), on, from, to,
				newAccount == null ? null : (long) newAccount, newCompany, keyPerson, null, recordedBy,
				// recorded a few hours after it happened
				instant(on).plusSeconds(9 * 3600 + changeId % 28_800));
	}

	private static boolean key(BuyingRole role) {
		return role != null && role.key();
	}

	private static String name(BuyingRole role) {
		return role == null ? null : role.name();
	}

	static Instant instant(LocalDate day) {
		return day.atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	@Override
	public void close() throws SQLException, IOException {
		departments.close();
		positions.close();
		changes.close();
	}

}
