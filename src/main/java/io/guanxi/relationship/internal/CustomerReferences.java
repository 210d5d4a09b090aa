package io.guanxi.relationship.internal;

import java.util.List;

import io.guanxi.customer.AccountDeleting;
import io.guanxi.customer.AccountsMerged;
import io.guanxi.customer.ContactDeleting;
import io.guanxi.customer.ContactsMerged;
import io.guanxi.platform.BusinessRuleException;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the relationship history when accounts and contacts go. A delete that would take
 * positions, personnel changes or links with it is refused with a message that says what
 * holds it (the user ends or removes them first, or merges the record into another). A
 * merge moves them to the survivor. Both run inside the customer module's transaction,
 * before its delete, so the database's restricting references stay satisfied.
 */
@Component
class CustomerReferences {

	private final JdbcClient jdbc;

	CustomerReferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(AccountDeleting event) {
		List<Long> ids = event.accountIds();
		long positions = count("""
				select count(*) from relationship_position where account_id in (:ids)""", ids);
		long links = count("""
				select count(*) from relationship_company_link
				where from_account_id in (:ids) or to_account_id in (:ids)""", ids);
		long changes = count("""
				select count(*) from relationship_personnel_change
				where account_id in (:ids) or new_account_id in (:ids)""", ids);
		if (positions + links + changes > 0) {
			throw new BusinessRuleException("relationship.account.error.history", positions, links, changes);
		}
		// empty departments are structure, not history; they go with the account
		jdbc.sql("update relationship_department set parent_id = null where account_id in (:ids)")
			.param("ids", ids)
			.update();
		jdbc.sql("delete from relationship_department where account_id in (:ids)").param("ids", ids).update();
	}

	@EventListener
	void on(ContactDeleting event) {
		List<Long> ids = event.contactIds();
		long positions = count("""
				select count(*) from relationship_position
				where contact_id in (:ids) or reports_to_contact_id in (:ids)""", ids);
		long ties = count("""
				select count(*) from relationship_person_tie
				where from_contact_id in (:ids) or to_contact_id in (:ids)""", ids);
		if (positions + ties > 0) {
			throw new BusinessRuleException("relationship.contact.error.history", positions, ties);
		}
		// who of us knows a contact is no history of the customer's; it goes with the
		// contact
		jdbc.sql("delete from relationship_user_tie where contact_id in (:ids)").param("ids", ids).update();
	}

	@EventListener
	void on(AccountsMerged event) {
		long survivor = event.survivorId();
		long merged = event.mergedId();
		repoint("update relationship_department set account_id = :survivor where account_id = :merged", survivor,
				merged);
		repoint("update relationship_position set account_id = :survivor where account_id = :merged", survivor, merged);
		repoint("update relationship_personnel_change set account_id = :survivor where account_id = :merged", survivor,
				merged);
		repoint("update relationship_personnel_change set new_account_id = :survivor where new_account_id = :merged",
				survivor, merged);
		// a link between the two would link the survivor to itself
		repoint("""
				delete from relationship_company_link
				where (from_account_id = :merged and to_account_id = :survivor)
				   or (from_account_id = :survivor and to_account_id = :merged)""", survivor, merged);
		repoint("update relationship_company_link set from_account_id = :survivor where from_account_id = :merged",
				survivor, merged);
		repoint("update relationship_company_link set to_account_id = :survivor where to_account_id = :merged",
				survivor, merged);
	}

	@EventListener
	void on(ContactsMerged event) {
		long survivor = event.survivorId();
		long merged = event.mergedId();
		repoint("update relationship_position set contact_id = :survivor where contact_id = :merged", survivor, merged);
		repoint("""
				update relationship_position set reports_to_contact_id = null
				where contact_id = :survivor and reports_to_contact_id = :merged""", survivor, merged);
		repoint("update relationship_position set reports_to_contact_id = :survivor where reports_to_contact_id = :merged",
				survivor, merged);
		repoint("update relationship_personnel_change set contact_id = :survivor where contact_id = :merged", survivor,
				merged);
		repoint("""
				delete from relationship_person_tie
				where (from_contact_id = :merged and to_contact_id = :survivor)
				   or (from_contact_id = :survivor and to_contact_id = :merged)""", survivor, merged);
		repoint("update relationship_person_tie set from_contact_id = :survivor where from_contact_id = :merged",
				survivor, merged);
		repoint("update relationship_person_tie set to_contact_id = :survivor where to_contact_id = :merged", survivor,
				merged);
		// a user who knew both keeps the stronger tie
		repoint("""
				update relationship_user_tie set strength = (
				    select max(m.strength) from relationship_user_tie m
				    where m.user_id = relationship_user_tie.user_id and m.contact_id in (:survivor, :merged))
				where contact_id = :survivor""", survivor, merged);
		repoint("""
				delete from relationship_user_tie
				where contact_id = :merged
				  and user_id in (select s.user_id from relationship_user_tie s where s.contact_id = :survivor)""",
				survivor, merged);
		repoint("update relationship_user_tie set contact_id = :survivor where contact_id = :merged", survivor, merged);
	}

	private long count(String sql, List<Long> ids) {
		return jdbc.sql(sql).param("ids", ids).query(Long.class).single();
	}

	private void repoint(String sql, long survivor, long merged) {
		jdbc.sql(sql).param("survivor", survivor).param("merged", merged).update();
	}

}
