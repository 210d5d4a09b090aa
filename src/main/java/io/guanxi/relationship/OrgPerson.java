package io.guanxi.relationship;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A position as charts and lists show it: who holds it, where, when.
 *
 * @param reportsToContactId null when the manager is unknown or hidden from the caller
 */
public record OrgPerson(long positionId, long contactId, String name, long accountId, String accountName, String title,
		@Nullable Long departmentId, @Nullable String departmentName, @Nullable Long reportsToContactId,
		@Nullable BuyingRole buyingRole, LocalDate validFrom, @Nullable LocalDate validTo, long version) {

	public boolean keyPerson() {
		return buyingRole != null && buyingRole.key();
	}

}
