package io.guanxi.customer;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.guanxi.customer.ProfileSection.Subject;
import io.guanxi.customer.quality.AccountMerge;
import io.guanxi.customer.quality.ContactMerge;
import io.guanxi.customer.quality.DuplicateFinder;
import io.guanxi.customer.quality.DuplicateFinder.Match;
import io.guanxi.customer.quality.DuplicatePairs;
import io.guanxi.customer.quality.DuplicatePairs.ListedPair;
import io.guanxi.customer.quality.DuplicatePairs.StoredPair;
import io.guanxi.customer.quality.DuplicateScan;
import io.guanxi.platform.AccessDeniedProblem;
import io.guanxi.platform.AccessService;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.platform.Role;
import io.guanxi.platform.UserDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Likely duplicate accounts and contacts (查重) and merging them (合并). Finding answers only
 * records the caller may see; merging and dismissing need change access to both records.
 * A merge moves every child of the merged record to the survivor, deletes the merged
 * record (its history stays) and publishes {@link AccountsMerged} or
 * {@link ContactsMerged}.
 */
@Service
@Transactional
public class Duplicates {

	private final DuplicateFinder finder;

	private final DuplicatePairs pairs;

	private final DuplicateScan scan;

	private final AccountMerge accountMerge;

	private final ContactMerge contactMerge;

	private final RecordAccess records;

	private final AccessService access;

	private final UserDirectory users;

	private final AccountService accounts;

	private final ContactService contacts;

	Duplicates(DuplicateFinder finder, DuplicatePairs pairs, DuplicateScan scan, AccountMerge accountMerge,
			ContactMerge contactMerge, RecordAccess records, AccessService access, UserDirectory users,
			AccountService accounts, ContactService contacts) {
		this.finder = finder;
		this.pairs = pairs;
		this.scan = scan;
		this.accountMerge = accountMerge;
		this.contactMerge = contactMerge;
		this.records = records;
		this.access = access;
		this.users = users;
		this.accounts = accounts;
		this.contacts = contacts;
	}

	/**
	 * The likely duplicates of a record among those the caller may see, best first (at
	 * most 20); 404 when the caller may not see the record.
	 */
	@Transactional(readOnly = true)
	public List<DuplicateCandidate> candidates(Subject subject, long id) {
		records.checkRead(subject, id);
		List<Match> matches = finder.find(subject, id, access.scope());
		Map<Long, String> owners = users.displayNames(matches.stream().map(Match::ownerId).collect(Collectors.toSet()));
		return matches.stream()
			.map(match -> new DuplicateCandidate(match.id(), match.name(), match.detail(), match.ownerId(),
					owners.getOrDefault(match.ownerId(), "?"), match.reasons(), match.score()))
			.toList();
	}

	/** Two records side by side for the compare page; the first one survives. */
	@Transactional(readOnly = true)
	public MergePreview preview(Subject subject, long survivorId, long mergedId) {
		if (survivorId == mergedId) {
			throw new BusinessRuleException("customer.quality.error.sameRecord");
		}
		return switch (subject) {
			case ACCOUNT -> accountMerge.preview(survivorId, mergedId);
			case CONTACT -> contactMerge.preview(survivorId, mergedId);
		};
	}

	/**
	 * Merges two accounts in one transaction and answers the survivor.
	 * @throws io.guanxi.platform.StaleVersionException when either record changed since
	 * the caller saw it
	 */
	public AccountDetails mergeAccounts(MergeRecords command) {
		return accounts.get(merge(Subject.ACCOUNT, command));
	}

	/** As {@link #mergeAccounts} for contacts. */
	public ContactDetails mergeContacts(MergeRecords command) {
		return contacts.get(merge(Subject.CONTACT, command));
	}

	private long merge(Subject subject, MergeRecords command) {
		if (command.survivorId().equals(command.mergedId())) {
			throw new BusinessRuleException("customer.quality.error.sameRecord");
		}
		return switch (subject) {
			case ACCOUNT -> accountMerge.merge(command);
			case CONTACT -> contactMerge.merge(command);
		};
	}

	/** Remembers that two records are not duplicates; the scan never pairs them again. */
	public void dismiss(Subject subject, long id, long otherId) {
		if (id == otherId) {
			throw new BusinessRuleException("customer.quality.error.sameRecord");
		}
		records.checkChange(subject, id);
		records.checkChange(subject, otherId);
		Match match = finder.find(subject, id, access.scope())
			.stream()
			.filter(candidate -> candidate.id() == otherId)
			.findFirst()
			.orElse(null);
		pairs.dismiss(subject, id, otherId, match == null ? DuplicateReason.NAME : match.reason(),
				match == null ? 0 : match.score(), access.currentUser().id());
	}

	/** Dismisses a pair of the quality page by its id. */
	public void dismiss(long pairId) {
		StoredPair pair = pairs.find(pairId).orElseThrow(() -> new RecordNotFoundException("duplicate pair", pairId));
		try {
			records.checkChange(pair.subject(), pair.leftId());
			records.checkChange(pair.subject(), pair.rightId());
		}
		catch (RecordNotFoundException ex) {
			throw new RecordNotFoundException("duplicate pair", pairId);
		}
		pairs.dismiss(pair.subject(), pair.leftId(), pair.rightId(), pair.reason(), pair.score(),
				access.currentUser().id());
	}

	/**
	 * Open pairs whose records the caller may see, newest first, before {@code beforeId}
	 * (keyset paging), optionally of one owner.
	 */
	@Transactional(readOnly = true)
	public List<DuplicatePair> openPairs(Subject subject, @Nullable Long ownerId, @Nullable Long beforeId, int limit) {
		List<ListedPair> listed = pairs.open(subject, access.scope(), ownerId, beforeId, Math.min(limit, 200));
		Map<Long, String> owners = users
			.displayNames(listed.stream().map(ListedPair::ownerId).collect(Collectors.toSet()));
		return listed.stream()
			.map(pair -> new DuplicatePair(pair.id(), subject, pair.leftId(), pair.leftName(), pair.rightId(),
					pair.rightName(), pair.reason(), pair.score(), pair.foundAt(), pair.ownerId(),
					owners.getOrDefault(pair.ownerId(), "?")))
			.toList();
	}

	/**
	 * Scans all records for duplicate pairs now (administrators only); null when a scan
	 * is running already.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public @Nullable ScanResult scan() {
		requireAdmin();
		DuplicateScan.Result result = scan.run();
		return result == null ? null
				: new ScanResult(result.accountPairs(), result.contactPairs(), result.truncated(), result.millis());
	}

	/** Whether the signed-in user may start a scan. */
	public boolean canScan() {
		return access.findCurrentUser().map(user -> user.role() == Role.ADMIN).orElse(false);
	}

	private void requireAdmin() {
		if (!canScan()) {
			throw new AccessDeniedProblem("Only administrators start the duplicate scan");
		}
	}

	/**
	 * What a scan stored; {@code truncated} when it found more pairs than it keeps and
	 * kept those of the newest records.
	 */
	public record ScanResult(int accountPairs, int contactPairs, boolean truncated, long millis) {
	}

}
