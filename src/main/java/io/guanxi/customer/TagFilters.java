package io.guanxi.customer;

import java.util.Map;

import io.guanxi.customer.ProfileSection.Subject;

/**
 * List filters on tags, as SQL conditions for queries over {@code customer_account} or
 * {@code customer_contact} (tags are not secret, so the conditions check no access: the
 * list query applies the owner condition as always).
 * <p>
 * {@code hasTag(Subject.ACCOUNT, 7)} gives
 * {@code exists (select 1 from customer_account_tag t where t.account_id = customer_account.id and t.tag_id = :tag1)}:
 * use it in a query that names the table without an alias, or pass the qualified id
 * column ({@code hasTag(Subject.ACCOUNT, "a.id", 7)} for
 * {@code from customer_account a}). The link table has an index on
 * {@code (tag_id, record)}, so the condition stays fast on large lists.
 */
public final class TagFilters {

	private TagFilters() {
	}

	/**
	 * Records that carry the tag; the query names the records' table without an alias.
	 */
	public static SqlCondition hasTag(Subject subject, long tagId) {
		return hasTag(subject, ProfileTables.of(subject).idColumn(), tagId);
	}

	/**
	 * Records that carry the tag, for a query that calls the record id {@code idColumn}.
	 */
	public static SqlCondition hasTag(Subject subject, String idColumn, long tagId) {
		ProfileTables tables = ProfileTables.of(subject);
		String parameter = SqlCondition.parameterName("tag");
		return new SqlCondition("exists (select 1 from " + tables.tags() + " tl where tl." + tables.recordColumn()
				+ " = " + idColumn + " and tl.tag_id = :" + parameter + ")", Map.of(parameter, tagId));
	}

}
