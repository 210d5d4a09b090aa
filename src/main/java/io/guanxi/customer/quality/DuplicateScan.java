package io.guanxi.customer.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import javax.sql.DataSource;

import io.guanxi.customer.DuplicateReason;
import io.guanxi.customer.ProfileSection.Subject;
import io.guanxi.customer.quality.DuplicatePairs.FoundPair;
import io.guanxi.customer.quality.DuplicatePairs.PairKey;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds likely duplicate pairs across all accounts and all contacts and stores them for
 * the quality page: exact phone and e-mail groups through GROUP BY on indexed columns,
 * similar names only within blocks (accounts: same city and initial; contacts: same
 * account), every block and group cut at a size, and the whole result capped. Runs every
 * night on one node (ShedLock), and when an administrator asks.
 */
@Component
public class DuplicateScan {

	private static final Logger log = LoggerFactory.getLogger(DuplicateScan.class);

	/** Members of one exact-key group that are paired (a shared switchboard number). */
	static final int GROUP_LIMIT = 20;

	/** Members of one name block that are compared with each other. */
	static final int BLOCK_LIMIT = 200;

	/** Pairs kept per subject and scan. */
	static final int PAIR_LIMIT = 200_000;

	private final JdbcTemplate streaming;

	private final DuplicatePairs pairs;

	private final TransactionTemplate readOnly;

	private final TransactionTemplate writing;

	DuplicateScan(DataSource dataSource, DuplicatePairs pairs, PlatformTransactionManager transactions) {
		this.streaming = new JdbcTemplate(dataSource);
		// a cursor instead of the whole result in memory (PostgreSQL needs a transaction)
		this.streaming.setFetchSize(2000);
		this.pairs = pairs;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.writing = new TransactionTemplate(transactions);
		// its own transaction, also when a read-only page asks for it
		this.writing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Scans both subjects and replaces the stored open pairs; answers how many pairs it
	 * stored. Skipped (null) while another node or request runs it.
	 */
	@Scheduled(cron = "${guanxi.quality.scan-cron:0 30 2 * * *}")
	@SchedulerLock(name = "customer.duplicate-scan", lockAtMostFor = "1h")
	public @Nullable Result run() {
		long started = System.nanoTime();
		int accounts = scan(Subject.ACCOUNT);
		int contacts = scan(Subject.CONTACT);
		long millis = (System.nanoTime() - started) / 1_000_000;
		log.info("Duplicate scan stored {} account pairs and {} contact pairs in {} ms", accounts, contacts, millis);
		return new Result(accounts, contacts, millis);
	}

	private int scan(Subject subject) {
		Map<PairKey, FoundPair> found = Objects.requireNonNull(readOnly.execute(status -> find(subject)));
		return Objects.requireNonNull(writing.execute(status -> pairs.replace(subject, found)));
	}

	private Map<PairKey, FoundPair> find(Subject subject) {
		Map<PairKey, FoundPair> found = new HashMap<>();
		if (subject == Subject.ACCOUNT) {
			exactGroups(found, DuplicateReason.PHONE, """
					select phone_e164, id from customer_account where phone_e164 in (
					    select phone_e164 from customer_account where phone_e164 is not null
					    group by phone_e164 having count(*) > 1)
					order by phone_e164, id""");
			exactGroups(found, DuplicateReason.EMAIL, """
					select email, id from customer_account where email in (
					    select email from customer_account where email is not null group by email having count(*) > 1)
					order by email, id""");
			nameBlocks(found, """
					select city || '|' || name_initial, id, name from customer_account
					where city is not null and name_initial is not null
					order by city, name_initial, id""", SimilarNames::companyKey);
		}
		else {
			exactGroups(found, DuplicateReason.PHONE, """
					with numbers as (
					    select mobile_e164 as number, id from customer_contact where mobile_e164 is not null
					    union
					    select phone_e164, id from customer_contact where phone_e164 is not null),
					shared as (select number from numbers group by number having count(*) > 1)
					select n.number, n.id from numbers n join shared s on s.number = n.number
					order by n.number, n.id""");
			exactGroups(found, DuplicateReason.EMAIL, """
					select email, id from customer_contact where email in (
					    select email from customer_contact where email is not null group by email having count(*) > 1)
					order by email, id""");
			nameBlocks(found, """
					select cast(l.account_id as varchar(20)), c.id, c.full_name
					from customer_account_contact l join customer_contact c on c.id = l.contact_id
					order by l.account_id, c.id""", SimilarNames::personKey);
		}
		return found;
	}

	/** Pairs the members of each group of rows (key, id) ordered by key. */
	private void exactGroups(Map<PairKey, FoundPair> found, DuplicateReason reason, String sql) {
		List<Long> group = new ArrayList<>();
		String[] current = { null };
		streaming.query(sql, rs -> {
			String key = rs.getString(1);
			if (!key.equals(current[0])) {
				pairAll(found, group, reason);
				group.clear();
				current[0] = key;
			}
			if (group.size() < GROUP_LIMIT) {
				group.add(rs.getLong(2));
			}
		});
		pairAll(found, group, reason);
	}

	private static void pairAll(Map<PairKey, FoundPair> found, List<Long> ids, DuplicateReason reason) {
		for (int i = 0; i < ids.size(); i++) {
			for (int j = i + 1; j < ids.size(); j++) {
				add(found, PairKey.of(ids.get(i), ids.get(j)), new FoundPair(reason, 1));
			}
		}
	}

	/**
	 * Compares the names within each block of rows (block, id, name) ordered by block.
	 */
	private void nameBlocks(Map<PairKey, FoundPair> found, String sql, Function<String, String> normalise) {
		List<Named> block = new ArrayList<>();
		String[] current = { null };
		streaming.query(sql, rs -> {
			String key = rs.getString(1);
			if (!key.equals(current[0])) {
				compareAll(found, block);
				block.clear();
				current[0] = key;
			}
			if (block.size() < BLOCK_LIMIT) {
				String nameKey = normalise.apply(rs.getString(3));
				if (!nameKey.isEmpty()) {
					block.add(new Named(rs.getLong(2), nameKey));
				}
			}
		});
		compareAll(found, block);
	}

	private static void compareAll(Map<PairKey, FoundPair> found, List<Named> block) {
		for (int i = 0; i < block.size(); i++) {
			for (int j = i + 1; j < block.size(); j++) {
				double similarity = SimilarNames.similarity(block.get(i).key(), block.get(j).key());
				if (SimilarNames.similar(similarity)) {
					add(found, PairKey.of(block.get(i).id(), block.get(j).id()),
							new FoundPair(DuplicateReason.NAME, similarity));
				}
			}
		}
	}

	private static void add(Map<PairKey, FoundPair> found, PairKey key, FoundPair pair) {
		if (found.size() < PAIR_LIMIT || found.containsKey(key)) {
			found.merge(key, pair, FoundPair::or);
		}
	}

	private record Named(long id, String key) {
	}

	/** What one scan stored, and how long it took. */
	public record Result(int accountPairs, int contactPairs, long millis) {
	}

}
