package io.guanxi.sales;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.guanxi.customer.AccountService;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.platform.StaleVersionException;
import io.guanxi.platform.UserDirectory;
import io.guanxi.sales.contract.Contract;
import io.guanxi.sales.contract.ContractRepository;
import io.guanxi.sales.quote.Quote;
import io.guanxi.sales.quote.QuoteRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contracts (合同) with accounts, optionally for an opportunity or made from a quote. A
 * draft's terms change; activating it records its signing; an active contract is
 * terminated early or expires after its end date ({@link #expireEnded}). Access: see
 * {@link SalesAccess}.
 */
@Service
@Transactional
public class Contracts {

	static final String RECORD_TYPE = "contract";

	static final int OF_ACCOUNT = 20;

	/** The expiry job marks at most this many per run; the next run takes the rest. */
	static final int EXPIRY_BATCH = 1_000;

	private final ContractRepository contracts;

	private final QuoteRepository quotes;

	private final SalesAccess access;

	private final AccountService accounts;

	private final UserDirectory users;

	private final Opportunities opportunities;

	private final JdbcClient jdbc;

	private final Clock clock;

	Contracts(ContractRepository contracts, QuoteRepository quotes, SalesAccess access, AccountService accounts,
			UserDirectory users, Opportunities opportunities, JdbcClient jdbc, Clock clock) {
		this.opportunities = opportunities;
		this.contracts = contracts;
		this.quotes = quotes;
		this.access = access;
		this.accounts = accounts;
		this.users = users;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The contracts of the caller and of everyone below them (all for administrators).
	 */
	@Transactional(readOnly = true)
	public Page<ContractView> list(@Nullable ContractStatus status, Pageable pageable) {
		var scope = access.scope();
		Page<Contract> page = contracts.page(scope.unrestricted(), Quotes.ownerIds(scope.ownerIds()), status, pageable);
		return new PageImpl<>(views(page.getContent()), page.getPageable(), page.getTotalElements());
	}

	/** The newest contracts on an account the caller may read, by start date. */
	@Transactional(readOnly = true)
	public List<ContractView> ofAccount(long accountId) {
		accounts.get(accountId);
		return views(contracts.findByAccountIdOrderByStartDateDescIdDesc(accountId, Limit.of(OF_ACCOUNT)));
	}

	/** The newest contracts of an opportunity the caller may read. */
	@Transactional(readOnly = true)
	public List<ContractView> ofOpportunity(long opportunityId) {
		opportunities.checkRead(opportunityId);
		return views(contracts.findByOpportunityIdOrderByStartDateDescIdDesc(opportunityId, Limit.of(OF_ACCOUNT)));
	}

	@Transactional(readOnly = true)
	public ContractView get(long id) {
		return views(List.of(readable(id))).get(0);
	}

	/**
	 * A draft contract on the account, owned by the caller. A quote it is made from must
	 * be of the same account and readable; it lends its opportunity when none is named.
	 */
	public ContractView create(long accountId, SaveContract command) {
		Long opportunityId = command.opportunityId();
		Long quoteId = command.quoteId();
		if (quoteId != null) {
			Quote quote = quoteOf(accountId, quoteId);
			opportunityId = opportunityId != null ? opportunityId : quote.opportunityId();
		}
		access.checkCreate(accountId, opportunityId);
		Contract contract = new Contract(accountId, opportunityId, quoteId, access.currentUserId());
		contracts.save(contract);
		String number = Products.blankToNull(command.number());
		contract.numbered(number != null ? checkedNumber(number, null)
				: "C%d-%05d".formatted(LocalDate.now(clock).getYear(), contract.id()));
		describe(contract, command);
		return flushed(contract);
	}

	/** Changes the terms of a draft the caller last saw at {@code expectedVersion}. */
	public ContractView update(long id, SaveContract command, long expectedVersion) {
		Contract contract = changeable(id, expectedVersion);
		String number = Products.blankToNull(command.number());
		if (number != null && !number.equals(contract.number())) {
			contract.numbered(checkedNumber(number, id));
		}
		describe(contract, command);
		return flushed(contract);
	}

	/**
	 * Records the signing of a draft (on {@code signedOn}, or the day it says, or today).
	 */
	public ContractView activate(long id, @Nullable LocalDate signedOn, long expectedVersion) {
		Contract contract = changeable(id, expectedVersion);
		LocalDate today = LocalDate.now(clock);
		contract.activate(signedOn != null ? signedOn : Objects.requireNonNullElse(contract.signedOn(), today), today);
		return flushed(contract);
	}

	/** Ends an active contract early, on {@code day} (today when null). */
	public ContractView terminate(long id, @Nullable LocalDate day, long expectedVersion) {
		Contract contract = changeable(id, expectedVersion);
		contract.terminate(day != null ? day : LocalDate.now(clock));
		return flushed(contract);
	}

	/** Deletes a draft that no order names. */
	public void delete(long id, long expectedVersion) {
		Contract contract = changeable(id, expectedVersion);
		if (contract.status() != ContractStatus.DRAFT) {
			throw new BusinessRuleException("sales.contract.error.deleteNotDraft", contract.number());
		}
		if (jdbc.sql("select count(*) from sales_order where contract_id = :id")
			.param("id", id)
			.query(Long.class)
			.single() > 0) {
			throw new BusinessRuleException("sales.contract.error.inUse", contract.number());
		}
		contracts.delete(contract);
	}

	/**
	 * Marks the active contracts whose end date has passed as expired, for the nightly
	 * job (no user: no access check). Returns how many.
	 */
	public int expireEnded() {
		LocalDate today = LocalDate.now(clock);
		return (int) contracts.ended(today, Limit.of(EXPIRY_BATCH))
			.stream()
			.filter(contract -> contract.expireIfEnded(today))
			.count();
	}

	private void describe(Contract contract, SaveContract command) {
		contract.describe(command.title().strip(), Objects.requireNonNull(command.startDate()), command.endDate(),
				Pricing.cents(Objects.requireNonNull(command.value())), PriceBooks.checkedCurrency(command.currency()),
				command.signedOn(), Products.blankToNull(command.note()));
	}

	private Quote quoteOf(long accountId, long quoteId) {
		Quote quote = quotes.findById(quoteId).orElseThrow(() -> new RecordNotFoundException("quote", quoteId));
		access.checkRead("quote", quoteId, quote.accountId(), quote.opportunityId(), quote.ownerId());
		if (quote.accountId() != accountId) {
			throw new BusinessRuleException("sales.contract.error.otherAccountsQuote", quote.number());
		}
		return quote;
	}

	private String checkedNumber(String number, @Nullable Long exceptId) {
		contracts.findByNumberIgnoreCase(number)
			.filter(other -> exceptId == null || other.id() != exceptId)
			.ifPresent(other -> {
				throw new BusinessRuleException("sales.contract.error.numberTaken", other.number());
			});
		return number;
	}

	private ContractView flushed(Contract contract) {
		contracts.flush();
		return views(List.of(contract)).get(0);
	}

	private Contract readable(long id) {
		Contract contract = contracts.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
		access.checkRead(RECORD_TYPE, id, contract.accountId(), contract.opportunityId(), contract.ownerId());
		return contract;
	}

	private Contract changeable(long id, long expectedVersion) {
		Contract contract = readable(id);
		access.checkChange(RECORD_TYPE, id, contract.accountId(), contract.opportunityId(), contract.ownerId());
		if (contract.version() != expectedVersion) {
			throw new StaleVersionException(RECORD_TYPE, id, expectedVersion, contract.version());
		}
		return contract;
	}

	private List<ContractView> views(List<Contract> list) {
		Set<Long> accountIds = new HashSet<>();
		Set<Long> ownerIds = new HashSet<>();
		list.forEach(contract -> {
			accountIds.add(contract.accountId());
			ownerIds.add(contract.ownerId());
		});
		Map<Long, String> accountNames = access.accountNames(accountIds);
		Map<Long, String> owners = users.displayNames(ownerIds);
		Map<Long, String> quoteNumbers = quoteNumbers(
				list.stream().map(Contract::quoteId).filter(Objects::nonNull).map(Long::longValue));
		return list.stream()
			.map(contract -> new ContractView(contract.id(), contract.number(), contract.accountId(),
					accountNames.get(contract.accountId()), contract.opportunityId(), contract.quoteId(),
					contract.quoteId() == null ? null : quoteNumbers.get(contract.quoteId()), contract.ownerId(),
					owners.getOrDefault(contract.ownerId(), "?"), contract.title(), contract.startDate(),
					contract.endDate(), contract.value(), contract.currency(), contract.status(), contract.signedOn(),
					contract.terminatedOn(), contract.note(),
					access.mayChange(contract.accountId(), contract.opportunityId(), contract.ownerId()),
					contract.createdAt(), contract.version()))
			.toList();
	}

	private Map<Long, String> quoteNumbers(Stream<Long> ids) {
		return quotes.findAllById(ids.toList()).stream().collect(Collectors.toMap(Quote::id, Quote::number));
	}

}
