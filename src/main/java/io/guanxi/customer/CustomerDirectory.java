package io.guanxi.customer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.guanxi.platform.AccessScope;
import io.guanxi.platform.AccessService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names and visibility of many accounts and contacts at once, for modules that draw
 * records of this one (org charts, relationship graphs): what the caller may not read is
 * left out, so a graph never shows it.
 */
@Service
@Transactional(readOnly = true)
public class CustomerDirectory {

	private static final int BATCH = 1_000;

	private final JdbcClient jdbc;

	private final AccessService access;

	CustomerDirectory(JdbcClient jdbc, AccessService access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	/** The names of those of {@code ids} that the caller may read. */
	public Map<Long, String> accountNames(Collection<Long> ids) {
		return accountNames(ids, access.scope());
	}

	/**
	 * The names of those of {@code ids} that the user of {@code scope} may read, for jobs
	 * and listeners that act for a user who is not signed in: pass
	 * {@link AccessService#scopeOf(long)}.
	 */
	public Map<Long, String> accountNames(Collection<Long> ids, AccessScope scope) {
		return names("select id, name from customer_account", ids, scope);
	}

	/** The names of those of {@code ids} that the caller may read. */
	public Map<Long, String> contactNames(Collection<Long> ids) {
		return contactNames(ids, access.scope());
	}

	/**
	 * The names of those of {@code ids} that the user of {@code scope} may read, for jobs
	 * and listeners: see {@link #accountNames(Collection, AccessScope)}.
	 */
	public Map<Long, String> contactNames(Collection<Long> ids, AccessScope scope) {
		return names("select id, full_name from customer_contact", ids, scope);
	}

	/**
	 * When each user last had an interaction with each of {@code contactIds} on the
	 * timeline (as its author or a participant); pairs that never met are left out.
	 */
	public List<LastInteraction> lastInteractions(Collection<Long> contactIds) {
		List<LastInteraction> found = new ArrayList<>();
		for (List<Long> batch : batches(contactIds)) {
			found.addAll(jdbc.sql("""
					select met.contact_id, met.user_id, max(met.occurred_at) as last_at
					from (
					    select ic.contact_id, i.author_id as user_id, i.occurred_at
					    from customer_interaction_contact ic
					    join customer_interaction i on i.id = ic.interaction_id
					    where ic.contact_id in (:ids) and i.author_id is not null
					    union all
					    select ic.contact_id, iu.user_id, i.occurred_at
					    from customer_interaction_contact ic
					    join customer_interaction i on i.id = ic.interaction_id
					    join customer_interaction_user iu on iu.interaction_id = i.id
					    where ic.contact_id in (:ids)
					) met
					group by met.contact_id, met.user_id
					""")
				.param("ids", batch)
				.query((rs, n) -> new LastInteraction(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant()))
				.list());
		}
		return found;
	}

	private Map<Long, String> names(String select, Collection<Long> ids, AccessScope scope) {
		Map<Long, String> names = new HashMap<>();
		for (List<Long> batch : batches(ids)) {
			jdbc.sql(select + " where id in (:ids) and " + scope.ownerCondition("owner_id"))
				.param("ids", batch)
				.params(scope.ownerParameters())
				.query((rs, n) -> names.put(rs.getLong(1), rs.getString(2)))
				.list();
		}
		return names;
	}

	private static List<List<Long>> batches(Collection<Long> ids) {
		List<Long> distinct = ids.stream().distinct().toList();
		List<List<Long>> batches = new ArrayList<>();
		for (int from = 0; from < distinct.size(); from += BATCH) {
			batches.add(distinct.subList(from, Math.min(distinct.size(), from + BATCH)));
		}
		return batches;
	}

	/** A user's last interaction with a contact. */
	public record LastInteraction(long contactId, long userId, Instant at) {

	}

}
