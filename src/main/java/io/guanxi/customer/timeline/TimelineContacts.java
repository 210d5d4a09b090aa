package io.guanxi.customer.timeline;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the timeline needs to know about contacts: names, owners (for access) and who
 * works at which account. Reads the contact tables directly until the module's
 * ContactService exists; then only this class changes.
 */
@Component
public class TimelineContacts {

	private final JdbcClient jdbc;

	TimelineContacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Map<Long, String> names(Collection<Long> contactIds) {
		if (contactIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select id, full_name from customer_contact where id in (:ids)")
			.param("ids", Set.copyOf(contactIds))
			.query((rs, row) -> Map.entry(rs.getLong("id"), rs.getString("full_name")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** The owner of each contact that exists. */
	public Map<Long, Long> owners(Collection<Long> contactIds) {
		if (contactIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select id, owner_id from customer_contact where id in (:ids)")
			.param("ids", Set.copyOf(contactIds))
			.query((rs, row) -> Map.entry(rs.getLong("id"), rs.getLong("owner_id")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** Those of the given contacts who work at the account. */
	public Set<Long> workingAt(long accountId, Collection<Long> contactIds) {
		if (contactIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc
			.sql("select contact_id from customer_account_contact where account_id = :account and contact_id in (:ids)")
			.param("account", accountId)
			.param("ids", Set.copyOf(contactIds))
			.query(Long.class)
			.list());
	}

	/** The people at an account, primary contacts first, for choosing participants. */
	public List<Choice> atAccount(long accountId) {
		return jdbc.sql("""
				select c.id, c.full_name from customer_account_contact ac
				join customer_contact c on c.id = ac.contact_id
				where ac.account_id = :account
				order by ac.is_primary desc, c.full_name, c.id
				""").param("account", accountId).query((rs, row) -> new Choice(rs.getLong(1), rs.getString(2))).list();
	}

	/**
	 * The accounts a contact works at, for logging an interaction from the contact's
	 * page.
	 */
	public List<Choice> accountsOf(long contactId) {
		return jdbc.sql("""
				select a.id, a.name from customer_account_contact ac
				join customer_account a on a.id = ac.account_id
				where ac.contact_id = :contact
				order by ac.is_primary desc, a.name, a.id
				""").param("contact", contactId).query((rs, row) -> new Choice(rs.getLong(1), rs.getString(2))).list();
	}

	/** A record to pick in a form. */
	public record Choice(long id, String label) {
	}

}
