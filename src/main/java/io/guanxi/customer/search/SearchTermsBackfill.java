package io.guanxi.customer.search;

import java.sql.PreparedStatement;
import java.util.List;

import io.guanxi.customer.SearchTerms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Fills {@code search_terms} of accounts and contacts that have none: rows written before
 * the search migration, or by code that does not call {@link SearchTerms} yet. The terms
 * are computed in Java, so a migration cannot do it; this runs once the application is
 * ready (it serves requests meanwhile), in batches, and finds nothing to do on later
 * starts. Several nodes doing it at once write the same values.
 */
@Component
class SearchTermsBackfill {

	private static final Logger log = LoggerFactory.getLogger(SearchTermsBackfill.class);

	private static final int BATCH = 1_000;

	private final JdbcTemplate jdbc;

	SearchTermsBackfill(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener(ApplicationReadyEvent.class)
	void fill() {
		int accounts = fill("customer_account", "name, legal_name, phone, phone_e164");
		int contacts = fill("customer_contact", "full_name, alternate_name, mobile, mobile_e164, phone, phone_e164");
		if (accounts + contacts > 0) {
			log.info("Search terms computed for {} accounts and {} contacts", accounts, contacts);
		}
	}

	/**
	 * Computes the terms from the columns, in id order, and answers how many rows it
	 * filled.
	 */
	int fill(String table, String columns) {
		int filled = 0;
		long after = 0;
		while (true) {
			List<Row> rows = jdbc.query("select id, " + columns + " from " + table
					+ " where search_terms is null and id > ? order by id limit " + BATCH, (rs, n) -> {
						String[] texts = new String[rs.getMetaData().getColumnCount() - 1];
						for (int i = 0; i < texts.length; i++) {
							texts[i] = rs.getString(i + 2);
						}
						return new Row(rs.getLong(1), SearchTerms.of(texts));
					}, after);
			if (rows.isEmpty()) {
				return filled;
			}
			jdbc.batchUpdate("update " + table + " set search_terms = ? where id = ?", rows, rows.size(),
					(PreparedStatement update, Row row) -> {
						update.setArray(1, update.getConnection().createArrayOf("varchar", row.terms()));
						update.setLong(2, row.id());
					});
			filled += rows.size();
			after = rows.get(rows.size() - 1).id();
		}
	}

	private record Row(long id, String[] terms) {
	}

}
