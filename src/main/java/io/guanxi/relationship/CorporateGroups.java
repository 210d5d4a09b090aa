package io.guanxi.relationship;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.guanxi.customer.AccountService;
import io.guanxi.customer.CustomerDirectory;
import io.guanxi.relationship.internal.CompanyLink;
import io.guanxi.relationship.internal.CompanyLinkRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corporate families (集团): from an account up to its ultimate parent, then the whole tree
 * below it, over the links that hold on a day: parent, group member, and shareholder with
 * more than 50 %. An account the caller may not read is not shown and the walk does not
 * pass through it: the tree stops there, without a hint that it goes on. One query per
 * level of the tree; at most {@link #MAX_MEMBERS} members.
 */
@Service
@Transactional(readOnly = true)
public class CorporateGroups {

	/** The largest tree drawn; a bigger group is cut, and says so. */
	public static final int MAX_MEMBERS = 500;

	/**
	 * When an account hangs under several, a parent wins over a shareholder, then a
	 * group.
	 */
	private static final Comparator<CompanyLink> PREFERENCE = Comparator
		.comparingInt((CompanyLink link) -> switch (link.kind()) {
			case PARENT -> 0;
			case SHAREHOLDER -> 1;
			default -> 2;
		})
		.thenComparing(link -> link.sharePercent() == null ? BigDecimal.ZERO : link.sharePercent(),
				Comparator.reverseOrder())
		.thenComparingLong(CompanyLink::id);

	private final CompanyLinkRepository links;

	private final AccountService accounts;

	private final CustomerDirectory directory;

	CorporateGroups(CompanyLinkRepository links, AccountService accounts, CustomerDirectory directory) {
		this.links = links;
		this.accounts = accounts;
		this.directory = directory;
	}

	/** The group of the account on {@code asOf}; a lone account is a group of one. */
	public CorporateGroup of(long accountId, LocalDate asOf) {
		accounts.get(accountId);
		long top = ultimateParent(accountId, asOf);
		Member root = new Member(top, directory.accountNames(List.of(top)).get(top), null);
		boolean truncated = fillBelow(root, asOf);
		GroupMember tree = root.toView(accountId);
		return new CorporateGroup(accountId, top, asOf, tree, tree.size(), truncated);
	}

	private long ultimateParent(long accountId, LocalDate asOf) {
		long current = accountId;
		Set<Long> seen = new HashSet<>(Set.of(accountId));
		while (true) {
			long below = current;
			List<CompanyLink> above = links.aboveAny(List.of(below))
				.stream()
				.filter(link -> link.controlling() && link.controlledId() == below && link.validOn(asOf))
				.sorted(PREFERENCE)
				.toList();
			Map<Long, String> readable = directory.accountNames(above.stream().map(CompanyLink::controllerId).toList());
			Optional<Long> next = above.stream()
				.map(CompanyLink::controllerId)
				.filter(id -> readable.containsKey(id) && !seen.contains(id))
				.findFirst();
			if (next.isEmpty()) {
				return current;
			}
			current = next.get();
			seen.add(current);
		}
	}

	/** Adds the members below the root level by level; true when the tree was cut. */
	private boolean fillBelow(Member root, LocalDate asOf) {
		Map<Long, Member> members = new HashMap<>(Map.of(root.accountId, root));
		List<Long> level = List.of(root.accountId);
		while (!level.isEmpty()) {
			Set<Long> parents = Set.copyOf(level);
			List<CompanyLink> below = links.belowAny(parents)
				.stream()
				.filter(link -> link.controlling() && parents.contains(link.controllerId()) && link.validOn(asOf)
						&& !members.containsKey(link.controlledId()))
				.sorted(PREFERENCE)
				.toList();
			Map<Long, String> readable = directory.accountNames(below.stream().map(CompanyLink::controlledId).toList());
			List<Long> next = new ArrayList<>();
			for (CompanyLink link : below) {
				long child = link.controlledId();
				if (!readable.containsKey(child) || members.containsKey(child)) {
					continue;
				}
				if (members.size() >= MAX_MEMBERS) {
					return true;
				}
				Member member = new Member(child, readable.get(child), link);
				members.put(child, member);
				members.get(link.controllerId()).children.add(member);
				next.add(child);
			}
			level = next;
		}
		return false;
	}

	private static final class Member {

		private final long accountId;

		private final String name;

		private final @Nullable CompanyLink link;

		private final List<Member> children = new ArrayList<>();

		Member(long accountId, String name, @Nullable CompanyLink link) {
			this.accountId = accountId;
			this.name = name;
			this.link = link;
		}

		GroupMember toView(long currentId) {
			List<GroupMember> below = children.stream()
				.sorted(Comparator.comparing((Member member) -> member.name)
					.thenComparingLong(member -> member.accountId))
				.map(member -> member.toView(currentId))
				.toList();
			return new GroupMember(accountId, name, link == null ? null : link.id(), link == null ? null : link.kind(),
					link == null ? null : link.sharePercent(), accountId == currentId, below);
		}

	}

}
