package io.guanxi.relationship.transfer;

import java.time.LocalDate;
import java.util.List;

import io.guanxi.relationship.BuyingRole;
import io.guanxi.relationship.JoinAccount;
import org.jspecify.annotations.Nullable;

/** A row of a positions file, read and its references found. */
record PositionRow(int line, long accountId, long contactId, String title, List<String> department,
		@Nullable Long reportsTo, @Nullable BuyingRole buyingRole, LocalDate from, @Nullable LocalDate to,
		@Nullable String note) {

	PositionRow {
		department = List.copyOf(department);
	}

	/**
	 * Whether the position is held on the day (its end day is the first day without it).
	 */
	boolean heldOn(LocalDate day) {
		return !day.isBefore(from) && (to == null || day.isBefore(to));
	}

	JoinAccount join(@Nullable Long departmentId) {
		return new JoinAccount(contactId, title, departmentId, reportsTo, buyingRole, from, to, note);
	}

}
