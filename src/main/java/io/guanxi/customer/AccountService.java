package io.guanxi.customer;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.guanxi.customer.internal.Account;
import io.guanxi.customer.internal.AccountQueries;
import io.guanxi.customer.internal.AccountRepository;
import io.guanxi.platform.AccessService;
import io.guanxi.platform.AuditHistory;
import io.guanxi.platform.HistoryEntry;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.platform.StaleVersionException;
import io.guanxi.platform.UserDirectory;
import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one entry to accounts for pages, the API, jobs and other modules; checks access on
 * every call.
 */
@Service
@Transactional
public class AccountService {

	static final String RECORD_TYPE = "account";

	private static final int EXPORT_BATCH = 500;

	private final AccountRepository accounts;

	private final AccessService access;

	private final OwnedRecords<Account> owned;

	private final UserDirectory users;

	private final AuditHistory auditHistory;

	private final ApplicationEventPublisher events;

	private final PhoneNumbers phoneNumbers;

	private final AccountQueries queries;

	private final EntityManager entityManager;

	AccountService(AccountRepository accounts, AccessService access, UserDirectory users, AuditHistory auditHistory,
			ApplicationEventPublisher events, PhoneNumbers phoneNumbers, AccountQueries queries,
			EntityManager entityManager) {
		this.accounts = accounts;
		this.queries = queries;
		this.entityManager = entityManager;
		this.phoneNumbers = phoneNumbers;
		this.access = access;
		this.users = users;
		this.owned = new OwnedRecords<>(RECORD_TYPE, accounts, Account::ownerId, access, users);
		this.auditHistory = auditHistory;
		this.events = events;
	}

	/**
	 * A page of the accounts the caller may see that match the filter, with a total
	 * counted up to {@link ListQuery#COUNT_LIMIT} (pages beyond it are refused).
	 */
	@Transactional(readOnly = true)
	public Page<AccountSummary> list(AccountFilter filter, Pageable pageable) {
		Page<AccountQueries.AccountRow> rows = queries.page(filter, access.scope(), pageable);
		return new PageImpl<>(summaries(rows.getContent()), rows.getPageable(), rows.getTotalElements());
	}

	@Transactional(readOnly = true)
	public Page<AccountSummary> list(@Nullable String name, Pageable pageable) {
		return list(AccountFilter.byName(name), pageable);
	}

	/**
	 * Gives the accounts among {@code ids} that the caller may change to another owner;
	 * returns how many.
	 */
	public int assignOwner(Collection<Long> ids, long ownerId) {
		long owner = owned.checkedOwner(ownerId);
		List<Account> changeable = accounts.findAllById(queries.visibleIds(ids, access.scope()));
		changeable.forEach(account -> account.assignOwner(owner));
		return changeable.size();
	}

	/**
	 * Deletes the accounts among {@code ids} that the caller may change; returns how
	 * many.
	 */
	public int deleteAll(Collection<Long> ids) {
		List<Account> changeable = accounts.findAllById(queries.visibleIds(ids, access.scope()));
		if (!changeable.isEmpty()) {
			events.publishEvent(new AccountDeleting(changeable.stream().map(Account::id).toList()));
		}
		accounts.deleteAll(changeable);
		return changeable.size();
	}

	private List<AccountSummary> summaries(List<AccountQueries.AccountRow> rows) {
		Map<Long, String> owners = users
			.displayNames(rows.stream().map(AccountQueries.AccountRow::ownerId).collect(Collectors.toSet()));
		return rows.stream()
			.map(row -> new AccountSummary(row.id(), row.name(), row.kind(), row.industry(), row.city(), row.tier(),
					row.lifecycleStage(), row.status(), row.phone(), row.email(), row.ownerId(),
					owners.getOrDefault(row.ownerId(), "?"), row.createdAt(), row.updatedAt()))
			.toList();
	}

	/**
	 * Every account of {@link #list} (same filter, same order) for exports, handed over
	 * {@value #EXPORT_BATCH} at a time: the ids are streamed, each batch is read and then
	 * let go, so that a million accounts never sit in memory together.
	 */
	@Transactional(readOnly = true)
	public void forEachMatching(AccountFilter filter, Sort sort, Consumer<List<AccountDetails>> action) {
		queries.forEachIdBatch(filter, access.scope(), sort, EXPORT_BATCH, ids -> {
			List<Account> found = ListQuery.inOrder(ids, accounts.findAllById(ids), Account::id);
			Map<Long, String> owners = users
				.displayNames(found.stream().map(Account::ownerId).collect(Collectors.toSet()));
			found.forEach(entityManager::detach);
			action.accept(found.stream()
				.map(account -> details(account, owners.getOrDefault(account.ownerId(), "?")))
				.toList());
		});
	}

	@Transactional(readOnly = true)
	public AccountDetails get(long id) {
		return details(owned.readable(id));
	}

	/**
	 * Who owns the account, for jobs and event listeners that run without a signed-in
	 * user (to notify the owner, say): no access check, so never show the answer to a
	 * user without checking their access. Empty when the account no longer exists.
	 */
	@Transactional(readOnly = true)
	public Optional<Long> ownerOf(long id) {
		return accounts.findById(id).map(Account::ownerId);
	}

	public AccountDetails create(SaveAccount command) {
		long ownerId = owned.checkedOwner(command.ownerId());
		Account account = new Account(command.name().strip(), ownerId);
		account.describe(command, phoneE164(command));
		accounts.save(account);
		events.publishEvent(new AccountCreated(account.id(), ownerId));
		accounts.flush();
		return details(account);
	}

	/** Changes an account that the caller last saw at {@code expectedVersion}. */
	public AccountDetails update(long id, SaveAccount command, long expectedVersion) {
		Account account = owned.changeable(id, expectedVersion);
		account.describe(command, phoneE164(command));
		account.assignOwner(owned.checkedOwner(command.ownerId() == null ? account.ownerId() : command.ownerId()));
		accounts.flush();
		return details(account);
	}

	public void delete(long id, long expectedVersion) {
		Account account = owned.changeable(id, expectedVersion);
		events.publishEvent(new AccountDeleting(List.of(id)));
		accounts.delete(account);
	}

	/**
	 * Throws {@link RecordNotFoundException} unless the account exists and the caller may
	 * change it.
	 */
	public void checkChange(long id) {
		owned.changeable(id);
	}

	/**
	 * As {@link #checkChange(long)}, and throws {@link StaleVersionException} unless the
	 * account is still at {@code expectedVersion}.
	 */
	public void checkChange(long id, long expectedVersion) {
		owned.changeable(id, expectedVersion);
	}

	@Transactional(readOnly = true)
	public List<HistoryEntry> history(long id) {
		owned.readable(id);
		List<HistoryEntry> history = auditHistory.of(Account.class, id);
		Set<Long> ownerIds = history.stream()
			.flatMap(entry -> entry.changes().stream())
			.filter(change -> change.field().equals("ownerId"))
			.flatMap(change -> Stream.of(change.before(), change.after()))
			.filter(Objects::nonNull)
			.map(Long::valueOf)
			.collect(Collectors.toSet());
		Map<Long, String> owners = users.displayNames(ownerIds);
		return history.stream()
			.map(entry -> entry.describing("ownerId",
					owner -> owner == null ? null : owners.getOrDefault(Long.valueOf(owner), owner)))
			.toList();
	}

	private @Nullable String phoneE164(SaveAccount command) {
		return phoneNumbers.e164(command.phone(), command.country()).orElse(null);
	}

	private AccountDetails details(Account account) {
		return details(account,
				users.findById(account.ownerId()).map(UserDirectory.UserSummary::displayName).orElse("?"));
	}

	private AccountDetails details(Account account, String owner) {
		return new AccountDetails(account.id(), account.name(), account.kind(), account.legalName(), account.industry(),
				account.sizeBand(), account.country(), account.region(), account.city(), account.address(),
				account.postalCode(), account.website(), account.phone(), account.phoneE164(), account.email(),
				account.source(), account.tier(), account.lifecycleStage(), account.status(), account.notes(),
				account.ownerId(), owner, account.createdAt(), account.updatedAt(), account.version());
	}

}
