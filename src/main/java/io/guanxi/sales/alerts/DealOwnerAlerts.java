package io.guanxi.sales.alerts;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.guanxi.customer.AccountService;
import io.guanxi.platform.Notifications;
import io.guanxi.relationship.ChangeKind;
import io.guanxi.relationship.KeyPersonChanged;
import io.guanxi.sales.OpportunityStatus;
import io.guanxi.sales.internal.Opportunity;
import io.guanxi.sales.internal.OpportunityRepository;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells those who work the open deals at an account (owners, and team members who may
 * change the deal) when a key person there left or changed role, title or department:
 * most of all when that person is on their deal. Nobody is told of a change they recorded
 * themselves; joins are not reported. The account's owner hears of it from the
 * relationship module already, and from here only when the person is on their deal.
 * <p>
 * One notification per user and change, naming the deal the person is on if any, else the
 * newest: {@link Notifications#notify} stores one per change and user, so an event
 * delivered again tells nobody twice.
 */
@Component
class DealOwnerAlerts {

	private final OpportunityRepository opportunities;

	private final AccountService accounts;

	private final DealOwnerNotices notices;

	private final Notifications notifications;

	DealOwnerAlerts(OpportunityRepository opportunities, AccountService accounts, DealOwnerNotices notices,
			Notifications notifications) {
		this.opportunities = opportunities;
		this.accounts = accounts;
		this.notices = notices;
		this.notifications = notifications;
	}

	@ApplicationModuleListener(id = "sales.deal-owner-alerts")
	void on(KeyPersonChanged event) {
		if (event.kind() == ChangeKind.JOINED) {
			return;
		}
		Optional<Long> accountOwner = accounts.ownerOf(event.accountId());
		recipients(event).forEach((userId, deal) -> {
			boolean onDeal = onDeal(deal, event.contactId());
			if (accountOwner.isPresent() && accountOwner.get().equals(userId) && !onDeal) {
				return;
			}
			notifications.notify(userId, notices.of(event, deal, onDeal, userId));
		});
	}

	/**
	 * Who is to be told, each with the deal to name: the person's own deals first, then
	 * the newest.
	 */
	private Map<Long, Opportunity> recipients(KeyPersonChanged event) {
		List<Opportunity> open = opportunities.findByAccountIdAndStatus(event.accountId(), OpportunityStatus.OPEN)
			.stream()
			.sorted(Comparator.comparing((Opportunity deal) -> !onDeal(deal, event.contactId()))
				.thenComparing(Opportunity::createdAt, Comparator.reverseOrder()))
			.toList();
		Map<Long, Opportunity> recipients = new LinkedHashMap<>();
		for (Opportunity deal : open) {
			recipients.putIfAbsent(deal.ownerId(), deal);
			deal.members()
				.stream()
				.filter(Opportunity.TeamMember::canEdit)
				.forEach(member -> recipients.putIfAbsent(member.userId(), deal));
		}
		recipients.remove(event.recordedBy());
		return recipients;
	}

	private static boolean onDeal(Opportunity deal, long contactId) {
		return deal.contacts().stream().anyMatch(contact -> contact.contactId() == contactId);
	}

}
