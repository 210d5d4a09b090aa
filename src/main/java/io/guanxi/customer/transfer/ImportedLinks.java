package io.guanxi.customer.transfer;

import java.sql.Timestamp;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Which accounts imported contacts work at ({@code customer_account_contact}), written in
 * the import's transaction. A link is never primary and never removed by an import.
 */
final class ImportedLinks {

	/** A contact works at an account, with this title there. */
	record Link(long accountId, long contactId, @Nullable String jobTitle) {
	}

	private final ImportSupport support;

	private final Timestamp now;

	ImportedLinks(ImportSupport support, Timestamp now) {
		this.support = support;
		this.now = now;
	}

	/** Links new contacts. */
	void create(List<Link> links) {
		support.jdbcTemplate().batchUpdate("""
				insert into customer_account_contact (account_id, contact_id, job_title, is_primary, created_at)
				values (?, ?, ?, false, ?)""", links, links.size(), (ps, link) -> {
			ps.setLong(1, link.accountId());
			ps.setLong(2, link.contactId());
			BulkRun.text(ps, 3, link.jobTitle());
			ps.setTimestamp(4, now);
		});
	}

	/**
	 * Links updated contacts: a link that exists gets the row's job title, if it has one;
	 * a new one the contact's title. Links to other accounts stay.
	 */
	void update(List<Link> links, Function<Long, @Nullable String> contactTitles) {
		if (links.isEmpty()) {
			return;
		}
		Set<List<Long>> existing = new HashSet<>();
		support.jdbc()
			.sql("select account_id, contact_id from customer_account_contact where contact_id in (:ids)")
			.param("ids", links.stream().map(Link::contactId).toList())
			.query(rs -> {
				existing.add(List.of(rs.getLong(1), rs.getLong(2)));
			});
		List<Link> retitled = links.stream()
			.filter(link -> link.jobTitle() != null && existing.contains(List.of(link.accountId(), link.contactId())))
			.toList();
		support.jdbcTemplate()
			.batchUpdate("update customer_account_contact set job_title = ? where account_id = ? and contact_id = ?",
					retitled, retitled.size(), (ps, link) -> {
						ps.setString(1, link.jobTitle());
						ps.setLong(2, link.accountId());
						ps.setLong(3, link.contactId());
					});
		create(links.stream()
			.filter(link -> !existing.contains(List.of(link.accountId(), link.contactId())))
			.map(link -> new Link(link.accountId(), link.contactId(), contactTitles.apply(link.contactId())))
			.toList());
	}

}
