package io.guanxi.customer.transfer;

import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On PostgreSQL a trigger copies the Latin words of every record's {@code search_terms}
 * into {@code customer_search_word} (for typo correction, see the {@code 1510}
 * migration). Inside an import's long transaction that trigger would hold each new word
 * locked until the commit, so anyone saving a record with the same new word waits for the
 * whole import, and two imports that share new words deadlock. The import therefore
 * commits its new words first, in a short transaction of their own; the trigger then
 * finds them and locks nothing. A word left behind by an import that is rolled back is
 * harmless: the table never shrinks anyway.
 */
@Component
class SearchWords {

	/** As the trigger's condition. */
	private static final Pattern WORD = Pattern.compile("[a-z]{4,40}");

	private final JdbcTemplate jdbc;

	private final Database database;

	private final TransactionTemplate ownTransaction;

	SearchWords(JdbcTemplate jdbc, Database database, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.database = database;
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Commits the words among these search terms, before the records are written. */
	void registerFirst(Collection<String[]> terms) {
		if (!database.arrays()) {
			return;
		}
		// sorted, so that two imports lock words in the same order
		TreeSet<String> words = new TreeSet<>();
		terms.forEach(record -> {
			for (String term : record) {
				if (WORD.matcher(term).matches()) {
					words.add(term);
				}
			}
		});
		if (words.isEmpty()) {
			return;
		}
		ownTransaction.executeWithoutResult(status -> jdbc.update(connection -> {
			PreparedStatement insert = connection.prepareStatement(
					"insert into customer_search_word (word) select unnest(?) order by 1 on conflict do nothing");
			insert.setArray(1, connection.createArrayOf("text", words.toArray()));
			return insert;
		}));
	}

}
