package io.guanxi.relationship.paths;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

import io.guanxi.customer.CustomerDirectory;
import io.guanxi.customer.CustomerDirectory.LastInteraction;
import io.guanxi.platform.AccessScope;
import io.guanxi.relationship.WarmPath.NodeKind;
import io.guanxi.relationship.WarmPath.StepKind;
import io.guanxi.relationship.internal.TieGraphQueries;
import io.guanxi.relationship.internal.TieGraphQueries.CompanyLinkRow;
import io.guanxi.relationship.internal.TieGraphQueries.PersonTieRow;
import io.guanxi.relationship.internal.TieGraphQueries.Post;
import io.guanxi.relationship.internal.TieGraphQueries.UserTieRow;

/**
 * One walk's loading of levels: the ties of a frontier in a few batched statements
 * (person ties, positions, the people at the companies, company links), then the names of
 * what is new, so that only what the caller may read is admitted, then who of our users
 * knows the new contacts. The people at a company are loaded once per walk, so a
 * company's colleagues and its employees are the same capped list.
 */
final class WalkLevel {

	private static final Comparator<PersonTieRow> STRONGEST = Comparator.comparingInt(PersonTieRow::strength)
		.thenComparingLong(PersonTieRow::id)
		.reversed();

	private static final Comparator<Post> NEWEST = Comparator.comparing(Post::validFrom)
		.thenComparingLong(Post::id)
		.reversed();

	private static final Comparator<CompanyLinkRow> LATEST = Comparator
		.comparing(CompanyLinkRow::validFrom, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparingLong(CompanyLinkRow::id)
		.reversed();

	private final WalkGraph graph;

	private final TieGraphQueries queries;

	private final CustomerDirectory directory;

	/** The caller's access, asked once for the whole walk. */
	private final AccessScope scope;

	private final LocalDate day;

	private final Instant now;

	private final int cap;

	private final int nodesPerLevel;

	private final Map<Long, List<Long>> staff = new HashMap<>();

	private final Map<Long, Boolean> readableAccounts = new HashMap<>();

	WalkLevel(WalkGraph graph, TieGraphQueries queries, CustomerDirectory directory, AccessScope scope, LocalDate day,
			Instant now, int cap, int nodesPerLevel) {
		this.graph = graph;
		this.queries = queries;
		this.directory = directory;
		this.scope = scope;
		this.day = day;
		this.now = now;
		this.cap = cap;
		this.nodesPerLevel = nodesPerLevel;
	}

	/**
	 * Loads the frontier's ties, each kind only where it may still help, and admits the
	 * new nodes at {@code level}; on the last level only contacts that one of our users
	 * knows (nothing can follow them) and that could still lead to a path cheaper than
	 * the k-th.
	 */
	void expand(Frontier frontier, int level, boolean last, Map<WalkNode, Double> costs) {
		List<WalkLink> found = new ArrayList<>(personTies(frontier.worth(NodeKind.CONTACT, StepCosts.MIN_LINK)));
		Map<Long, List<Long>> employers = employers(frontier.worth(NodeKind.CONTACT, StepCosts.WORKS_AT), found);
		List<Long> withColleagues = frontier.worth(NodeKind.CONTACT, StepCosts.COLLEAGUE);
		List<Long> staffed = frontier.worth(NodeKind.ACCOUNT, StepCosts.WORKS_AT);
		Set<Long> companies = new HashSet<>(staffed);
		withColleagues.forEach(contact -> companies.addAll(employers.getOrDefault(contact, List.of())));
		loadStaff(companies);
		withColleagues.forEach(contact -> colleagues(contact, employers.getOrDefault(contact, List.of()), found));
		staffed.forEach(account -> staff.get(account)
			.forEach(person -> found.add(WalkLink.between(WalkNode.contact(person), WalkNode.account(account),
					StepKind.WORKS_AT, null, StepCosts.WORKS_AT))));
		if (!last) {
			found.addAll(companyLinks(frontier.worth(NodeKind.ACCOUNT, StepCosts.COMPANY_LINK)));
		}
		new Admission(this, found, level, last, costs, frontier.kthCost()).admit();
	}

	/** The accounts each contact works at today; adds the "works at" links. */
	private Map<Long, List<Long>> employers(List<Long> contacts, List<WalkLink> found) {
		Map<Long, List<Long>> employers = new HashMap<>();
		for (Post post : queries.positionsOf(contacts, day)) {
			employers.computeIfAbsent(post.contactId(), contact -> new ArrayList<>()).add(post.accountId());
			found.add(WalkLink.between(WalkNode.contact(post.contactId()), WalkNode.account(post.accountId()),
					StepKind.WORKS_AT, null, StepCosts.WORKS_AT));
		}
		return employers;
	}

	private void colleagues(long contact, List<Long> employers, List<WalkLink> found) {
		for (long account : employers) {
			for (long colleague : staff.get(account)) {
				if (colleague != contact) {
					found.add(new WalkLink(WalkNode.contact(contact), WalkNode.contact(colleague), StepKind.COLLEAGUE,
							null, null, null, true, account, StepCosts.COLLEAGUE));
				}
			}
		}
	}

	/**
	 * Our users who know the contacts: a recorded tie, or meetings on the timeline for
	 * users who recorded none (strength from how recently they met). At most {@code cap}
	 * users per contact, the warmest first.
	 */
	List<WalkLink> whoKnows(Collection<Long> contactIds) {
		if (contactIds.isEmpty()) {
			return List.of();
		}
		Map<Long, Map<Long, Integer>> recorded = new HashMap<>();
		for (UserTieRow tie : queries.userTies(contactIds)) {
			recorded.computeIfAbsent(tie.contactId(), c -> new HashMap<>()).put(tie.userId(), tie.strength());
		}
		Map<Long, Map<Long, Instant>> met = new HashMap<>();
		for (LastInteraction last : directory.lastInteractions(contactIds)) {
			met.computeIfAbsent(last.contactId(), c -> new HashMap<>())
				.merge(last.userId(), last.at(), (a, b) -> a.isAfter(b) ? a : b);
		}
		List<WalkLink> links = new ArrayList<>();
		for (Long contact : contactIds) {
			Map<Long, Integer> strengths = recorded.getOrDefault(contact, Map.of());
			Map<Long, Instant> meetings = met.getOrDefault(contact, Map.of());
			Set<Long> users = new HashSet<>(strengths.keySet());
			users.addAll(meetings.keySet());
			List<WalkLink> known = users.stream()
				.map(user -> knows(user, contact, strengths.get(user), meetings.get(user)))
				.sorted(Comparator.comparingDouble(WalkLink::cost))
				.toList();
			links.addAll(cap(known));
		}
		return links;
	}

	private WalkLink knows(long user, long contact, Integer recordedStrength, Instant lastMet) {
		int strength = recordedStrength != null ? recordedStrength : StepCosts.strengthFromMeeting(lastMet, now);
		return new WalkLink(WalkNode.user(user), WalkNode.contact(contact), StepKind.KNOWS, null, strength, lastMet,
				recordedStrength != null, null, StepCosts.tie(strength, lastMet, now));
	}

	private List<WalkLink> personTies(List<Long> contacts) {
		List<WalkLink> links = new ArrayList<>();
		capped(queries.personTies(contacts, day, cap + 1), PersonTieRow::node, STRONGEST).forEach(tie -> {
			WalkNode node = WalkNode.contact(tie.node());
			WalkNode other = WalkNode.contact(tie.other());
			links.add(new WalkLink(tie.outgoing() ? node : other, tie.outgoing() ? other : node, StepKind.PERSON_TIE,
					tie.kind(), tie.strength(), null, true, null, StepCosts.tie(tie.strength(), null, now)));
		});
		return links;
	}

	private List<WalkLink> companyLinks(List<Long> accounts) {
		List<WalkLink> links = new ArrayList<>();
		capped(queries.companyLinks(accounts, day, cap + 1), CompanyLinkRow::node, LATEST).forEach(row -> {
			WalkNode node = WalkNode.account(row.node());
			WalkNode other = WalkNode.account(row.other());
			links.add(WalkLink.between(row.outgoing() ? node : other, row.outgoing() ? other : node,
					StepKind.COMPANY_LINK, row.kind(), StepCosts.COMPANY_LINK));
		});
		return links;
	}

	private void loadStaff(Set<Long> companies) {
		List<Long> missing = companies.stream().filter(account -> !staff.containsKey(account)).toList();
		missing.forEach(account -> staff.put(account, new ArrayList<>()));
		capped(queries.employees(missing, day, cap + 1), Post::accountId, NEWEST).forEach(post -> {
			List<Long> people = staff.get(post.accountId());
			if (!people.contains(post.contactId())) {
				people.add(post.contactId());
			}
		});
	}

	/** The rows of each node, at most {@code cap}, in order; marks the graph when cut. */
	private <T> List<T> capped(List<T> rows, ToLongFunction<T> node, Comparator<T> order) {
		Map<Long, List<T>> byNode = new HashMap<>();
		rows.forEach(row -> byNode.computeIfAbsent(node.applyAsLong(row), id -> new ArrayList<>()).add(row));
		List<T> kept = new ArrayList<>();
		byNode.values().forEach(list -> {
			list.sort(order);
			kept.addAll(cap(list));
		});
		return kept;
	}

	private <T> List<T> cap(List<T> list) {
		if (list.size() <= cap) {
			return list;
		}
		graph.markCapped();
		return list.subList(0, cap);
	}

	WalkGraph graph() {
		return graph;
	}

	/** The names of the contacts the caller may read. */
	Map<Long, String> contactNames(Collection<Long> ids) {
		return directory.contactNames(ids, scope);
	}

	/** The names of the accounts the caller may read. */
	Map<Long, String> accountNames(Collection<Long> ids) {
		return directory.accountNames(ids, scope);
	}

	int nodesPerLevel() {
		return nodesPerLevel;
	}

	Map<Long, Boolean> readableAccounts() {
		return readableAccounts;
	}

}
