package io.guanxi.customer.contact;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.guanxi.customer.AccountContact;
import io.guanxi.customer.ContactAccount;
import io.guanxi.platform.AccessScope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which accounts contacts work at ({@code customer_account_contact}), in plain SQL: the
 * link has no life of its own, and the lists join names from both sides. Each side is
 * filtered by the caller's access scope, so no list shows a name the caller may not see.
 * The relationship module adds positions over time on top of this.
 */
@Component
public class ContactLinks {

	private final JdbcClient jdbc;

	private final Clock clock;

	ContactLinks(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The visible accounts of each contact, primary links first, then by name. */
	public Map<Long, List<ContactAccount>> accountsOf(Collection<Long> contactIds, AccessScope scope) {
		if (contactIds.isEmpty()) {
			return Map.of();
		}
		Map<String, Object> parameters = new HashMap<>(scope.ownerParameters());
		parameters.put("contactIds", contactIds);
		Map<Long, List<ContactAccount>> accounts = new LinkedHashMap<>();
		jdbc.sql("""
				select l.contact_id, l.account_id, a.name, l.job_title, l.is_primary
				from customer_account_contact l join customer_account a on a.id = l.account_id
				where l.contact_id in (:contactIds) and %s
				order by l.is_primary desc, a.name, a.id""".formatted(scope.ownerCondition("a.owner_id")))
			.params(parameters)
			.query(rs -> {
				accounts.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
					.add(new ContactAccount(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getBoolean(5)));
			});
		return accounts;
	}

	/** The visible contacts at an account, the primary one first, then by name. */
	public List<AccountContact> contactsOf(long accountId, AccessScope scope) {
		Map<String, Object> parameters = new HashMap<>(scope.ownerParameters());
		parameters.put("accountId", accountId);
		return jdbc.sql("""
				select c.id, c.full_name, c.alternate_name, coalesce(l.job_title, c.job_title), c.mobile, c.email,
				       l.is_primary
				from customer_account_contact l join customer_contact c on c.id = l.contact_id
				where l.account_id = :accountId and %s
				order by l.is_primary desc, c.full_name, c.id""".formatted(scope.ownerCondition("c.owner_id")))
			.params(parameters)
			.query((rs, row) -> new AccountContact(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getBoolean(7)))
			.list();
	}

	/**
	 * Links a contact to an account, or changes the link's title and primary flag. An
	 * account has one primary contact at most.
	 */
	public void link(long contactId, long accountId, @Nullable String jobTitle, boolean primary) {
		int changed = jdbc.sql("""
				update customer_account_contact set job_title = :jobTitle, is_primary = :primary
				where account_id = :accountId and contact_id = :contactId""")
			.param("jobTitle", jobTitle)
			.param("primary", primary)
			.param("accountId", accountId)
			.param("contactId", contactId)
			.update();
		if (changed == 0) {
			jdbc.sql("""
					insert into customer_account_contact (account_id, contact_id, job_title, is_primary, created_at)
					values (:accountId, :contactId, :jobTitle, :primary, :now)""")
				.param("accountId", accountId)
				.param("contactId", contactId)
				.param("jobTitle", jobTitle)
				.param("primary", primary)
				.param("now", OffsetDateTime.now(clock))
				.update();
		}
		if (primary) {
			jdbc.sql("""
					update customer_account_contact set is_primary = false
					where account_id = :accountId and contact_id <> :contactId and is_primary""")
				.param("accountId", accountId)
				.param("contactId", contactId)
				.update();
		}
	}

	/** Whether there was a link to remove. */
	public boolean unlink(long contactId, long accountId) {
		return jdbc
			.sql("delete from customer_account_contact where account_id = :accountId and contact_id = :contactId")
			.param("accountId", accountId)
			.param("contactId", contactId)
			.update() > 0;
	}

}
