package io.guanxi.customer.quality;

import java.util.Objects;
import java.util.function.Function;

import javax.sql.DataSource;

import io.guanxi.customer.DuplicateReason;
import io.guanxi.customer.ProfileSection.Subject;
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
 * the quality page: records that share a phone number or an e-mail (each paired with the
 * oldest of its group, see {@link EqualKeyGroup}), and similar names within blocks
 * (accounts: same city and initial; contacts: same account) compared with their nearest
 * names (see {@link NameBlock}). Work and pairs grow with the number of records, not with
 * its square, and no group or block is cut, so the newest duplicates are found in a
 * database of millions as in an empty one. Runs every night on one node (ShedLock), and
 * when an administrator asks.
 */
@Component
public class DuplicateScan {

	private static final Logger log = LoggerFactory.getLogger(DuplicateScan.class);

	/** Pairs kept per subject and scan; past it the newest records' pairs are kept. */
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
		Stored accounts = scan(Subject.ACCOUNT);
		Stored contacts = scan(Subject.CONTACT);
		long millis = (System.nanoTime() - started) / 1_000_000;
		log.info("Duplicate scan stored {} account pairs and {} contact pairs in {} ms", accounts.pairs(),
				contacts.pairs(), millis);
		if (accounts.truncated() || contacts.truncated()) {
			log.warn(
					"Duplicate scan found more than {} pairs of accounts or contacts and kept the newest records' pairs",
					PAIR_LIMIT);
		}
		return new Result(accounts.pairs(), contacts.pairs(), accounts.truncated() || contacts.truncated(), millis);
	}

	private Stored scan(Subject subject) {
		FoundPairs found = Objects.requireNonNull(readOnly.execute(status -> find(subject)));
		int stored = Objects.requireNonNull(writing.execute(status -> pairs.replace(subject, found.pairs())));
		return new Stored(stored, found.truncated());
	}

	private FoundPairs find(Subject subject) {
		FoundPairs found = new FoundPairs(PAIR_LIMIT);
		if (subject == Subject.ACCOUNT) {
			equalKeys(found, DuplicateReason.PHONE, """
					select phone_e164, id, owner_id from customer_account where phone_e164 in (
					    select phone_e164 from customer_account where phone_e164 is not null
					    group by phone_e164 having count(*) > 1)
					order by phone_e164, id""");
			equalKeys(found, DuplicateReason.EMAIL, """
					select email, id, owner_id from customer_account where email in (
					    select email from customer_account where email is not null group by email having count(*) > 1)
					order by email, id""");
			nameBlocks(found, """
					select city || '|' || name_initial, id, owner_id, name from customer_account
					where city is not null and name_initial is not null
					order by city, name_initial""", SimilarNames::companyKey);
		}
		else {
			equalKeys(found, DuplicateReason.PHONE, """
					with numbers as (
					    select mobile_e164 as number, id, owner_id from customer_contact where mobile_e164 is not null
					    union
					    select phone_e164, id, owner_id from customer_contact where phone_e164 is not null),
					shared as (select number from numbers group by number having count(*) > 1)
					select n.number, n.id, n.owner_id from numbers n join shared s on s.number = n.number
					order by n.number, n.id""");
			equalKeys(found, DuplicateReason.EMAIL, """
					select email, id, owner_id from customer_contact where email in (
					    select email from customer_contact where email is not null group by email having count(*) > 1)
					order by email, id""");
			nameBlocks(found, """
					select cast(l.account_id as varchar(20)), c.id, c.owner_id, c.full_name
					from customer_account_contact l join customer_contact c on c.id = l.contact_id
					order by l.account_id""", SimilarNames::personKey);
		}
		return found;
	}

	/** Pairs the records of each group of rows (key, id, owner) ordered by key and id. */
	private void equalKeys(FoundPairs found, DuplicateReason reason, String sql) {
		EqualKeyGroup group = new EqualKeyGroup(found, reason, 1);
		String[] current = { null };
		streaming.query(sql, rs -> {
			String key = rs.getString(1);
			if (!key.equals(current[0])) {
				group.restart();
				current[0] = key;
			}
			group.add(rs.getLong(2), rs.getLong(3));
		});
	}

	/**
	 * Compares the names within each block of rows (block, id, owner, name) ordered by
	 * block; one block at a time is held in memory.
	 */
	private void nameBlocks(FoundPairs found, String sql, Function<String, String> normalise) {
		NameBlock block = new NameBlock();
		String[] current = { null };
		streaming.query(sql, rs -> {
			String key = rs.getString(1);
			if (!key.equals(current[0])) {
				block.pairInto(found);
				current[0] = key;
			}
			block.add(rs.getLong(2), rs.getLong(3), normalise.apply(rs.getString(4)));
		});
		block.pairInto(found);
	}

	private record Stored(int pairs, boolean truncated) {
	}

	/**
	 * What one scan stored, whether it had to leave out older records' pairs, and how
	 * long it took.
	 */
	public record Result(int accountPairs, int contactPairs, boolean truncated, long millis) {
	}

}
