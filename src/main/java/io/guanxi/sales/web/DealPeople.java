package io.guanxi.sales.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.guanxi.customer.AccountContact;
import io.guanxi.customer.ContactService;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.relationship.BuyingRole;
import io.guanxi.relationship.OrgPerson;
import io.guanxi.relationship.OrgService;
import io.guanxi.sales.OpportunityView;
import io.guanxi.sales.OpportunityView.ContactOnDeal;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The customer's people for the opportunity page: those on the deal, and the account's
 * other contacts to add, each with today's title and buying role from the org chart.
 * Someone on the deal team who may not see the account sees the deal's people by name
 * only, and none to add.
 */
@Component
class DealPeople {

	private final ContactService contacts;

	private final OrgService org;

	private final Clock clock;

	DealPeople(ContactService contacts, OrgService org, Clock clock) {
		this.contacts = contacts;
		this.org = org;
		this.clock = clock;
	}

	Found of(OpportunityView deal) {
		List<AccountContact> atAccount;
		Map<Long, OrgPerson> chart;
		try {
			atAccount = contacts.contactsOf(deal.accountId());
			chart = org.orgChart(deal.accountId(), LocalDate.now(clock))
				.people()
				.stream()
				.collect(Collectors.toMap(OrgPerson::contactId, Function.identity(), (a, b) -> a));
		}
		catch (RecordNotFoundException ex) {
			atAccount = List.of();
			chart = Map.of();
		}
		Map<Long, AccountContact> byId = atAccount.stream()
			.collect(Collectors.toMap(AccountContact::contactId, Function.identity(), (a, b) -> a));
		Map<Long, OrgPerson> people = chart;
		List<DealContact> onDeal = deal.contacts()
			.stream()
			.map(contact -> onDeal(contact, byId.get(contact.contactId()), people.get(contact.contactId())))
			.sorted(Comparator.comparing((DealContact contact) -> contact.role() == null)
				.thenComparing(contact -> contact.role() == null ? 0 : contact.role().ordinal()))
			.toList();
		Set<Long> taken = deal.contacts().stream().map(ContactOnDeal::contactId).collect(Collectors.toSet());
		List<DealContact> choices = deal.canChange() ? atAccount.stream()
			.filter(contact -> !taken.contains(contact.contactId()))
			.map(contact -> choice(contact, people.get(contact.contactId())))
			.toList() : List.of();
		return new Found(onDeal, choices);
	}

	/**
	 * The person's buying role on today's org chart of the account, when the caller may
	 * see it.
	 */
	@Nullable BuyingRole orgRole(long accountId, long contactId) {
		try {
			return org.orgChart(accountId, LocalDate.now(clock))
				.people()
				.stream()
				.filter(person -> person.contactId() == contactId && person.buyingRole() != null)
				.map(OrgPerson::buyingRole)
				.findFirst()
				.orElse(null);
		}
		catch (RecordNotFoundException ex) {
			return null;
		}
	}

	private static DealContact onDeal(ContactOnDeal contact, @Nullable AccountContact atAccount,
			@Nullable OrgPerson person) {
		String title = person != null ? person.title() : atAccount != null ? atAccount.jobTitle() : null;
		return new DealContact(contact.contactId(), contact.name(), title, contact.buyingRole(),
				person == null ? null : person.buyingRole());
	}

	private static DealContact choice(AccountContact contact, @Nullable OrgPerson person) {
		return new DealContact(contact.contactId(), contact.fullName(),
				person != null ? person.title() : contact.jobTitle(), null,
				person == null ? null : person.buyingRole());
	}

	/** The people on the deal, and those to add. */
	record Found(List<DealContact> onDeal, List<DealContact> choices) {
	}

}
