package io.guanxi.sales.lead;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.guanxi.customer.AccountDetails;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.ContactAccount;
import io.guanxi.customer.ContactDetails;
import io.guanxi.customer.ContactService;
import io.guanxi.customer.CustomerHit;
import io.guanxi.customer.CustomerKeys;
import io.guanxi.customer.CustomerSearch;
import io.guanxi.sales.ConversionCandidates;
import io.guanxi.sales.ConversionCandidates.AccountCandidate;
import io.guanxi.sales.ConversionCandidates.ContactCandidate;
import io.guanxi.sales.ConversionCandidates.Match;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The existing accounts and contacts a lead may be, through the customer module's own
 * keys and search, so only records the caller may see are found: accounts of the same
 * name (ignoring case), then accounts whose name starts with, contains or is a typo away
 * from the lead's company name (with or without its legal form); contacts with the same
 * e-mail address or mobile number in any format.
 */
@Component
public class CandidateFinder {

	/** Similar accounts shown at most; the same name always shows. */
	static final int MAX_ACCOUNTS = 6;

	static final int MAX_CONTACTS = 6;

	private static final Set<CustomerHit.Match> NAME_MATCHES = EnumSet.of(CustomerHit.Match.PREFIX,
			CustomerHit.Match.SUBSTRING, CustomerHit.Match.FUZZY);

	private final CustomerKeys keys;

	private final CustomerSearch search;

	private final AccountService accounts;

	private final ContactService contacts;

	CandidateFinder(CustomerKeys keys, CustomerSearch search, AccountService accounts, ContactService contacts) {
		this.keys = keys;
		this.search = search;
		this.accounts = accounts;
		this.contacts = contacts;
	}

	public ConversionCandidates find(String accountName, @Nullable String email, @Nullable String mobile) {
		return new ConversionCandidates(accounts(accountName), contacts(email, mobile));
	}

	/** Accounts named {@code name}, then similar ones. */
	public List<AccountCandidate> accounts(String name) {
		Set<Long> same = new LinkedHashSet<>(keys.accountsByName(List.of(name)).getOrDefault(name, List.of()));
		Set<Long> ids = new LinkedHashSet<>(same);
		String core = CompanyNames.core(name);
		for (String query : core.equals(name.strip()) ? List.of(name) : List.of(name, core)) {
			search.search(query, MAX_ACCOUNTS)
				.stream()
				.filter(hit -> hit.type() == CustomerHit.Type.ACCOUNT && NAME_MATCHES.contains(hit.match()))
				.forEach(hit -> ids.add(hit.id()));
		}
		String lower = name.strip().toLowerCase(Locale.ROOT);
		return ids.stream().limit(same.size() + MAX_ACCOUNTS).map(accounts::get).map(account -> {
			boolean sameName = same.contains(account.id()) || account.name().toLowerCase(Locale.ROOT).equals(lower);
			return candidate(account, sameName);
		}).sorted((a, b) -> Boolean.compare(b.sameName(), a.sameName())).toList();
	}

	/** Contacts with the e-mail address or the mobile number. */
	public List<ContactCandidate> contacts(@Nullable String email, @Nullable String mobile) {
		Map<Long, Set<Match>> found = new LinkedHashMap<>();
		if (email != null) {
			keys.contactsByEmail(List.of(email))
				.getOrDefault(email, List.of())
				.forEach(id -> found.computeIfAbsent(id, key -> EnumSet.noneOf(Match.class)).add(Match.EMAIL));
		}
		if (mobile != null) {
			keys.contactsByMobile(List.of(mobile))
				.getOrDefault(mobile, List.of())
				.forEach(id -> found.computeIfAbsent(id, key -> EnumSet.noneOf(Match.class)).add(Match.MOBILE));
		}
		List<ContactCandidate> candidates = new ArrayList<>();
		found.entrySet().stream().limit(MAX_CONTACTS).forEach(entry -> {
			ContactDetails contact = contacts.get(entry.getKey());
			String companies = contact.accounts()
				.stream()
				.map(ContactAccount::accountName)
				.collect(Collectors.joining(", "));
			candidates.add(new ContactCandidate(contact.id(), contact.fullName(), contact.email(), contact.mobile(),
					contact.jobTitle(), companies, contact.ownerName(), entry.getValue()));
		});
		return candidates;
	}

	private static AccountCandidate candidate(AccountDetails account, boolean sameName) {
		return new AccountCandidate(account.id(), account.name(), account.city(), account.ownerName(), sameName);
	}

}
