package io.guanxi.customer.quality;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.guanxi.customer.MergePreview.Count;
import io.guanxi.customer.ProfileSection.Subject;
import io.guanxi.customer.ProfileTables;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Moves the children of a merged record to the survivor in plain SQL, over every table of
 * this module that points at accounts or contacts: contact links (never two rows for one
 * pair), tags (the union), custom field values (the survivor's, unless a field was chosen
 * from the merged record or the survivor has none) and the timeline's interactions and
 * participants. Runs inside the merge's transaction, before the merged record is deleted.
 */
@Component
public class RecordMerger {

	private final JdbcClient jdbc;

	RecordMerger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What the merged record has that would move, for the compare page. */
	public List<Count> children(Subject subject, long mergedId) {
		ProfileTables tables = ProfileTables.of(subject);
		List<Count> counts = new ArrayList<>();
		if (subject == Subject.ACCOUNT) {
			counts.add(count("customer.quality.children.contacts",
					"select count(*) from customer_account_contact where account_id = :id", mergedId));
			counts.add(count("customer.quality.children.interactions",
					"select count(*) from customer_interaction where account_id = :id", mergedId));
		}
		else {
			counts.add(count("customer.quality.children.accounts",
					"select count(*) from customer_account_contact where contact_id = :id", mergedId));
			counts.add(count("customer.quality.children.interactions",
					"select count(*) from customer_interaction_contact where contact_id = :id", mergedId));
		}
		counts.add(count("customer.quality.children.tags",
				"select count(*) from " + tables.tags() + " where " + tables.recordColumn() + " = :id", mergedId));
		counts.add(count("customer.quality.children.fields", "select count(distinct field_id) from "
				+ tables.fieldValues() + " where " + tables.recordColumn() + " = :id", mergedId));
		return counts;
	}

	/**
	 * Moves every child of record {@code mergedId} to {@code survivorId};
	 * {@code fieldsFromMerged} are the custom fields whose values the user took from the
	 * merged record.
	 */
	public void moveChildren(Subject subject, long survivorId, long mergedId, Collection<Long> fieldsFromMerged) {
		switch (subject) {
			case ACCOUNT -> moveAccountChildren(survivorId, mergedId, fieldsFromMerged);
			case CONTACT -> moveContactChildren(survivorId, mergedId, fieldsFromMerged);
		}
	}

	/**
	 * Moves every child of account {@code mergedId} to {@code survivorId};
	 * {@code fieldsFromMerged} are the custom fields whose values the user took from the
	 * merged account.
	 */
	private void moveAccountChildren(long survivorId, long mergedId, Collection<Long> fieldsFromMerged) {
		jdbc.sql("""
				insert into customer_account_contact (account_id, contact_id, job_title, is_primary, created_at)
				select :survivor, m.contact_id, m.job_title,
				       case when m.is_primary and not exists (select 1 from customer_account_contact p
				           where p.account_id = :survivor and p.is_primary) then true else false end,
				       m.created_at
				from customer_account_contact m
				where m.account_id = :merged and not exists (select 1 from customer_account_contact s
				    where s.account_id = :survivor and s.contact_id = m.contact_id)""")
			.param("survivor", survivorId)
			.param("merged", mergedId)
			.update();
		jdbc.sql("delete from customer_account_contact where account_id = :merged").param("merged", mergedId).update();
		jdbc.sql("update customer_interaction set account_id = :survivor where account_id = :merged")
			.param("survivor", survivorId)
			.param("merged", mergedId)
			.update();
		moveTagsAndFields(ProfileTables.of(Subject.ACCOUNT), survivorId, mergedId, fieldsFromMerged);
	}

	/** As {@link #moveAccountChildren} for contacts. */
	private void moveContactChildren(long survivorId, long mergedId, Collection<Long> fieldsFromMerged) {
		// where both worked at an account, the survivor's link stays and becomes primary
		// if the merged one was
		jdbc.sql("""
				update customer_account_contact set is_primary = true
				where contact_id = :survivor and account_id in (
				    select account_id from customer_account_contact where contact_id = :merged and is_primary)""")
			.param("survivor", survivorId)
			.param("merged", mergedId)
			.update();
		jdbc.sql("""
				insert into customer_account_contact (account_id, contact_id, job_title, is_primary, created_at)
				select m.account_id, :survivor, m.job_title, m.is_primary, m.created_at
				from customer_account_contact m
				where m.contact_id = :merged and not exists (select 1 from customer_account_contact s
				    where s.contact_id = :survivor and s.account_id = m.account_id)""")
			.param("survivor", survivorId)
			.param("merged", mergedId)
			.update();
		jdbc.sql("delete from customer_account_contact where contact_id = :merged").param("merged", mergedId).update();
		jdbc.sql("""
				insert into customer_interaction_contact (interaction_id, contact_id)
				select m.interaction_id, :survivor from customer_interaction_contact m
				where m.contact_id = :merged and not exists (select 1 from customer_interaction_contact s
				    where s.contact_id = :survivor and s.interaction_id = m.interaction_id)""")
			.param("survivor", survivorId)
			.param("merged", mergedId)
			.update();
		jdbc.sql("delete from customer_interaction_contact where contact_id = :merged")
			.param("merged", mergedId)
			.update();
		moveTagsAndFields(ProfileTables.of(Subject.CONTACT), survivorId, mergedId, fieldsFromMerged);
	}

	private void moveTagsAndFields(ProfileTables tables, long survivorId, long mergedId,
			Collection<Long> fieldsFromMerged) {
		String record = tables.recordColumn();
		jdbc.sql(
				"""
						insert into %1$s (%2$s, tag_id)
						select :survivor, m.tag_id from %1$s m
						where m.%2$s = :merged and not exists (select 1 from %1$s s where s.%2$s = :survivor and s.tag_id = m.tag_id)
						"""
					.formatted(tables.tags(), record))
			.param("survivor", survivorId)
			.param("merged", mergedId)
			.update();
		// a field moves when the user chose the merged value, or when the survivor has
		// none; a multiple choice is several rows of one field, so fields move whole
		Set<Long> survivorFields = fieldsOf(tables, survivorId);
		Set<Long> moving = new HashSet<>(fieldsOf(tables, mergedId));
		moving.removeIf(field -> survivorFields.contains(field) && !fieldsFromMerged.contains(field));
		if (!moving.isEmpty()) {
			jdbc.sql("delete from %s where %s = :survivor and field_id in (:fields)".formatted(tables.fieldValues(),
					record))
				.param("survivor", survivorId)
				.param("fields", moving)
				.update();
			jdbc.sql("update %1$s set %2$s = :survivor where %2$s = :merged and field_id in (:fields)"
				.formatted(tables.fieldValues(), record))
				.param("survivor", survivorId)
				.param("merged", mergedId)
				.param("fields", moving)
				.update();
		}
		// what is left (tags, unchosen values) goes with the merged record (on delete
		// cascade)
	}

	private Set<Long> fieldsOf(ProfileTables tables, long recordId) {
		return new HashSet<>(jdbc
			.sql("select distinct field_id from %s where %s = :id".formatted(tables.fieldValues(),
					tables.recordColumn()))
			.param("id", recordId)
			.query(Long.class)
			.list());
	}

	private Count count(String messageKey, String sql, long id) {
		return new Count(messageKey, jdbc.sql(sql).param("id", id).query(Long.class).single());
	}

}
