package io.guanxi.customer;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.guanxi.customer.ProfileSection.Subject;

/**
 * The data quality figures (数据质量) of the records a user may see: per entity, how many
 * records have each field filled, invalid phones and e-mails, open duplicate pairs and
 * stale records; per owner for those who see more than their own records.
 *
 * @param asOf when the figures were counted
 * @param perOwner whether the caller sees several owners' records
 * @param snapshot whether the figures come from the half-hourly count of all owners (wide
 * scopes) rather than from a count of the caller's scope
 */
public record QualityReport(Instant asOf, boolean perOwner, boolean snapshot, Entity accounts, Entity contacts) {

	/**
	 * The figures of accounts or of contacts, in total and per owner (most records
	 * first).
	 */
	public record Entity(Subject subject, Figures total, List<Owner> owners) {
	}

	public record Owner(long ownerId, String ownerName, Figures figures) {
	}

	/**
	 * @param filled field name (as in {@link QualityProblem#MISSING} lists) to the number
	 * of records that have it, in the order the page shows them
	 */
	public record Figures(long records, Map<String, Long> filled, long invalidPhones, long invalidEmails,
			long duplicates, long stale) {

		/** Share of records with the field filled, in whole percent (100 when none). */
		public int percent(String field) {
			return records == 0 ? 100 : (int) Math.floor(100.0 * filled.getOrDefault(field, 0L) / records);
		}

		/** The average completeness of all fields, in whole percent. */
		public int completeness() {
			if (records == 0 || filled.isEmpty()) {
				return 100;
			}
			long sum = filled.values().stream().mapToLong(Long::longValue).sum();
			return (int) Math.floor(100.0 * sum / (records * filled.size()));
		}

		/** Records that lack the field. */
		public long missing(String field) {
			return records - filled.getOrDefault(field, 0L);
		}

	}

}
