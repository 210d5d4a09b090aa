package io.guanxi.relationship;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import io.guanxi.customer.AccountService;
import io.guanxi.customer.ContactService;
import io.guanxi.customer.CustomerDirectory;
import io.guanxi.relationship.NetworkNode.Type;
import io.guanxi.relationship.internal.NetworkQueries;
import io.guanxi.relationship.internal.NetworkQueries.LinkRow;
import io.guanxi.relationship.internal.NetworkQueries.PositionRow;
import io.guanxi.relationship.internal.NetworkQueries.TieRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network around a company or a person (关系网络) on a day: around a company its linked
 * companies and its key people (positions with a buying role); around a person the
 * companies they work at and the people they are tied to. Depth 2 adds the same around
 * each of those. Only records the caller may read are shown (names come from
 * {@link CustomerDirectory}, which leaves the others out); relations to the others are
 * dropped, and the walk never passes through them.
 * <p>
 * <b>Hub cap.</b> Around each node at most {@value #NEIGHBOUR_CAP} companies and
 * {@value #NEIGHBOUR_CAP} people are shown: the linked companies newest link first, key
 * people decision makers, economic buyers and champions first and then the newest, a
 * person's companies newest position first, a person's ties strongest first. They are
 * chosen among the first {@value #WINDOW} candidates per node and direction, so that a
 * hub with thousands of ties costs no more than a small node. A node that left readable
 * neighbours out says how many in {@link NetworkNode#more()} ("+k more"): a lower bound
 * for hubs, since only the candidates read are counted, and never a record the caller may
 * not read. The whole network stops at {@value #MAX_NODES} nodes
 * ({@link Network#truncated()}).
 * <p>
 * <b>Cost.</b> Each ring of nodes takes one batched statement per kind of relation
 * (company links, key people, people's positions, person ties) and one name lookup for
 * its companies and one for its people: a 2-hop network is at most twelve statements,
 * never one per node.
 */
@Service
@Transactional(readOnly = true)
public class NetworkView {

	/** At most this many companies, and this many people, around one node. */
	public static final int NEIGHBOUR_CAP = 12;

	/** Candidates read per node and direction: room for hidden ones and for "+k more". */
	public static final int WINDOW = 2 * NEIGHBOUR_CAP + 1;

	/** The most nodes one network holds. */
	public static final int MAX_NODES = 500;

	private final NetworkQueries queries;

	private final CustomerDirectory directory;

	private final AccountService accounts;

	private final ContactService contacts;

	NetworkView(NetworkQueries queries, CustomerDirectory directory, AccountService accounts, ContactService contacts) {
		this.queries = queries;
		this.directory = directory;
		this.accounts = accounts;
		this.contacts = contacts;
	}

	/** The network around the account, 1 or 2 steps deep. */
	public Network aroundAccount(long accountId, int depth, LocalDate asOf, NetworkFilter filter) {
		return around(Type.ACCOUNT, accountId, accounts.get(accountId).name(), depth, asOf, filter);
	}

	/**
	 * The neighbours of one node ({@code account:42} or {@code contact:7}), to grow a
	 * network that is already drawn.
	 */
	public Network expand(String nodeId, LocalDate asOf, NetworkFilter filter) {
		String[] parts = nodeId.split(":", 2);
		long id = parseId(parts);
		return switch (parts[0]) {
			case "account" -> aroundAccount(id, 1, asOf, filter);
			case "contact" -> around(Type.CONTACT, id, contacts.get(id).fullName(), 1, asOf, filter);
			default -> throw new IllegalArgumentException("A node is account:<id> or contact:<id>");
		};
	}

	private Network around(Type type, long recordId, String name, int depth, LocalDate asOf, NetworkFilter filter) {
		if (depth < 1 || depth > 2) {
			throw new IllegalArgumentException("depth is 1 or 2");
		}
		Graph graph = new Graph();
		Ring ring = new Ring(List.of(graph.add(type, recordId, name, 0, true)));
		for (int step = 1; step <= depth && !ring.nodes.isEmpty(); step++) {
			ring = expand(graph, ring, step, asOf, filter);
		}
		String focus = type.prefix() + ":" + recordId;
		return new Network(focus, asOf, depth, NEIGHBOUR_CAP,
				graph.nodes.values().stream().map(GraphNode::view).toList(), List.copyOf(graph.edges.values()),
				graph.full || graph.nodes.values().stream().anyMatch(node -> node.more > 0));
	}

	/** Looks up the neighbours of a ring; answers the ring of nodes it added. */
	private Ring expand(Graph graph, Ring ring, int step, LocalDate asOf, NetworkFilter filter) {
		List<Long> accountIds = ring.ids(Type.ACCOUNT);
		List<Long> contactIds = ring.ids(Type.CONTACT);
		List<LinkRow> links = queries.links(accountIds, names(filter.companyKinds()), asOf, WINDOW);
		List<PositionRow> keyPeople = filter.positions() ? queries.keyPeople(accountIds, asOf, WINDOW) : List.of();
		List<PositionRow> employers = filter.positions() ? queries.positionsOf(contactIds, asOf, WINDOW) : List.of();
		List<TieRow> ties = queries.ties(contactIds, names(filter.tieKinds()), asOf, WINDOW);

		Set<Long> companies = new HashSet<>();
		links.forEach(row -> companies.add(row.other()));
		employers.forEach(row -> companies.add(row.accountId()));
		Set<Long> people = new HashSet<>();
		keyPeople.forEach(row -> people.add(row.contactId()));
		ties.forEach(row -> people.add(row.other()));
		Map<Long, String> companyNames = graph.names(Type.ACCOUNT, companies, directory::accountNames);
		Map<Long, String> peopleNames = graph.names(Type.CONTACT, people, directory::contactNames);

		List<GraphNode> added = new ArrayList<>();
		for (GraphNode node : ring.nodes) {
			List<Candidate> near = new ArrayList<>();
			List<Candidate> nearPeople = new ArrayList<>();
			if (node.type == Type.ACCOUNT) {
				links.stream()
					.filter(row -> row.node() == node.recordId)
					.sorted(NEWEST_LINK)
					.forEach(row -> near.add(Candidate.of(row)));
				keyPeople.stream()
					.filter(row -> row.node() == node.recordId)
					.sorted(KEY_PEOPLE_FIRST)
					.forEach(row -> nearPeople.add(Candidate.keyPerson(row)));
			}
			else {
				employers.stream()
					.filter(row -> row.node() == node.recordId)
					.sorted(NEWEST_POSITION)
					.forEach(row -> near.add(Candidate.employer(row)));
				ties.stream()
					.filter(row -> row.node() == node.recordId)
					.sorted(STRONGEST_TIE)
					.forEach(row -> nearPeople.add(Candidate.of(row)));
			}
			node.expanded = true;
			node.more = graph.connect(node, near, Type.ACCOUNT, companyNames, step, added)
					+ graph.connect(node, nearPeople, Type.CONTACT, peopleNames, step, added);
		}
		return new Ring(added);
	}

	private static final Comparator<LinkRow> NEWEST_LINK = Comparator
		.comparing(LinkRow::validFrom, Comparator.nullsLast(Comparator.reverseOrder()))
		.thenComparing(LinkRow::id, Comparator.reverseOrder());

	private static final Comparator<PositionRow> NEWEST_POSITION = Comparator
		.comparing(PositionRow::validFrom, Comparator.nullsLast(Comparator.reverseOrder()))
		.thenComparing(PositionRow::id, Comparator.reverseOrder());

	private static final Comparator<PositionRow> KEY_PEOPLE_FIRST = Comparator
		.comparing((PositionRow row) -> row.buyingRole() == null || !BuyingRole.valueOf(row.buyingRole()).key())
		.thenComparing(NEWEST_POSITION);

	private static final Comparator<TieRow> STRONGEST_TIE = Comparator.comparingInt(TieRow::strength)
		.reversed()
		.thenComparing(TieRow::id, Comparator.reverseOrder());

	private static List<String> names(Collection<? extends Enum<?>> kinds) {
		return kinds.stream().map(Enum::name).toList();
	}

	private static long parseId(String[] parts) {
		try {
			return Long.parseLong(parts.length == 2 ? parts[1] : "");
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("A node is account:<id> or contact:<id>", ex);
		}
	}

	/** A relation to a neighbour, not yet known to be readable. */
	private record Candidate(long neighbourId, NetworkEdge edge) {

		static Candidate of(LinkRow row) {
			return new Candidate(row.other(),
					new NetworkEdge("link:" + row.id(), "account:" + row.fromAccountId(),
							"account:" + row.toAccountId(), NetworkEdge.Type.COMPANY_LINK, row.kind(),
							row.sharePercent(), null, null, null, row.validFrom(), row.validTo()));
		}

		static Candidate keyPerson(PositionRow row) {
			return new Candidate(row.contactId(), position(row));
		}

		static Candidate employer(PositionRow row) {
			return new Candidate(row.accountId(), position(row));
		}

		static Candidate of(TieRow row) {
			return new Candidate(row.other(),
					new NetworkEdge("tie:" + row.id(), "contact:" + row.fromContactId(), "contact:" + row.toContactId(),
							NetworkEdge.Type.PERSON_TIE, row.kind(), null, null, null, row.strength(), row.validFrom(),
							row.validTo()));
		}

		private static NetworkEdge position(PositionRow row) {
			return new NetworkEdge("position:" + row.id(), "contact:" + row.contactId(), "account:" + row.accountId(),
					NetworkEdge.Type.POSITION, NetworkFilter.POSITION, null, row.title(),
					row.buyingRole() == null ? null : BuyingRole.valueOf(row.buyingRole()), null, row.validFrom(),
					row.validTo());
		}

	}

	private record Ring(List<GraphNode> nodes) {

		List<Long> ids(Type type) {
			return nodes.stream().filter(node -> node.type == type).map(node -> node.recordId).toList();
		}

	}

	private static final class GraphNode {

		private final Type type;

		private final long recordId;

		private final String name;

		private final int depth;

		private final boolean focus;

		private boolean expanded;

		private int more;

		GraphNode(Type type, long recordId, String name, int depth, boolean focus) {
			this.type = type;
			this.recordId = recordId;
			this.name = name;
			this.depth = depth;
			this.focus = focus;
		}

		String id() {
			return key(type, recordId);
		}

		static String key(Type type, long recordId) {
			return type.prefix() + ":" + recordId;
		}

		NetworkNode view() {
			return new NetworkNode(id(), type, recordId, name, depth, focus, expanded, more);
		}

	}

	private static final class Graph {

		private final Map<String, GraphNode> nodes = new LinkedHashMap<>();

		private final Map<String, NetworkEdge> edges = new LinkedHashMap<>();

		private boolean full;

		GraphNode add(Type type, long recordId, String name, int depth, boolean focus) {
			GraphNode node = new GraphNode(type, recordId, name, depth, focus);
			nodes.put(node.id(), node);
			return node;
		}

		/**
		 * Names of the readable ones among {@code ids}; those already drawn are known.
		 */
		Map<Long, String> names(Type type, Set<Long> ids, Function<Collection<Long>, Map<Long, String>> lookup) {
			List<Long> unknown = ids.stream().filter(id -> !nodes.containsKey(GraphNode.key(type, id))).toList();
			Map<Long, String> names = new HashMap<>(lookup.apply(unknown));
			ids.stream()
				.map(id -> nodes.get(GraphNode.key(type, id)))
				.filter(Objects::nonNull)
				.forEach(node -> names.put(node.recordId, node.name));
			return names;
		}

		/**
		 * Draws the first {@link #NEIGHBOUR_CAP} readable neighbours among the candidates
		 * (in their order) with their relations; answers how many readable ones were left
		 * out.
		 */
		int connect(GraphNode node, List<Candidate> candidates, Type type, Map<Long, String> readable, int depth,
				List<GraphNode> added) {
			Set<Long> shown = new HashSet<>();
			Set<Long> left = new HashSet<>();
			for (Candidate candidate : candidates) {
				long neighbour = candidate.neighbourId();
				if (!readable.containsKey(neighbour) || left.contains(neighbour)) {
					continue;
				}
				if (!shown.contains(neighbour) && shown.size() >= NEIGHBOUR_CAP) {
					left.add(neighbour);
					continue;
				}
				String key = GraphNode.key(type, neighbour);
				if (!nodes.containsKey(key)) {
					if (nodes.size() >= MAX_NODES) {
						full = true;
						continue;
					}
					added.add(add(type, neighbour, readable.get(neighbour), depth, false));
				}
				shown.add(neighbour);
				edges.putIfAbsent(candidate.edge().id(), candidate.edge());
			}
			return left.size();
		}

	}

}
