package io.guanxi.relationship.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import io.guanxi.customer.AccountContact;
import io.guanxi.customer.AccountSummary;
import io.guanxi.customer.ContactService;
import io.guanxi.customer.SaveContact;
import io.guanxi.relationship.BuyingRole;
import io.guanxi.relationship.ChangePosition;
import io.guanxi.relationship.JoinAccount;
import io.guanxi.relationship.LeaveAccount;
import io.guanxi.relationship.OrgPerson;
import io.guanxi.relationship.OrgService;
import io.guanxi.relationship.SaveDepartment;
import io.guanxi.relationship.internal.DemoOrgPlans.Change;
import io.guanxi.relationship.internal.DemoOrgPlans.Department;
import io.guanxi.relationship.internal.DemoOrgPlans.Join;
import io.guanxi.relationship.internal.DemoOrgPlans.Leave;
import io.guanxi.relationship.internal.DemoOrgPlans.Step;

/**
 * Plays {@link DemoOrgPlans} through the org service, account by account; remembers
 * people by name across accounts, as people move.
 */
final class DemoOrgScript {

	private final OrgService org;

	private final ContactService contacts;

	private final Clock clock;

	private final Map<String, AccountSummary> accountsByName;

	private final Map<String, Long> people = new HashMap<>();

	private final Map<String, Long> openPositions = new HashMap<>();

	DemoOrgScript(OrgService org, ContactService contacts, Clock clock, Map<String, AccountSummary> accountsByName) {
		this.org = org;
		this.contacts = contacts;
		this.clock = clock;
		this.accountsByName = accountsByName;
	}

	void play(AccountSummary account, List<Step> plan) {
		List<AccountContact> staff = contacts.contactsOf(account.id());
		staff.forEach(contact -> people.putIfAbsent(contact.fullName(), contact.contactId()));
		if (plan == null) {
			simpleChart(account, staff);
			return;
		}
		Map<String, Long> departments = new HashMap<>();
		for (Step step : plan) {
			play(account, step, departments);
		}
	}

	private void play(AccountSummary account, Step step, Map<String, Long> departments) {
		if (step instanceof Department department) {
			departments.put(department.name(),
					org.createDepartment(account.id(), new SaveDepartment(department.name(), null)).id());
		}
		else if (step instanceof Join join) {
			join(account, join, departments);
		}
		else if (step instanceof Change change) {
			OrgPerson next = org.change(openPositions.get(change.person()),
					new ChangePosition(change.kind(), monthsAgo(change.monthsAgo()), change.title(),
							departments.get(change.department()), person(change.reportsTo()), change.role(),
							change.note()));
			openPositions.put(change.person(), next.positionId());
			retitle(account, people.get(change.person()), change.title());
		}
		else if (step instanceof Leave leave) {
			org.leave(openPositions.remove(leave.person()), new LeaveAccount(monthsAgo(leave.monthsAgo()),
					accountsByName.get(leave.toAccount()).id(), null, leave.note()));
			// no longer one of the account's contacts; the org chart keeps the
			// history
			contacts.unlink(people.get(leave.person()), account.id());
		}
	}

	private void join(AccountSummary account, Join join, Map<String, Long> departments) {
		Long contactId = people.get(join.person());
		if (contactId == null) {
			contactId = contacts.createAt(account.id(), newContact(join, account.ownerId())).id();
			people.put(join.person(), contactId);
		}
		else if (contacts.contactsOf(account.id())
			.stream()
			.noneMatch(c -> c.contactId() == people.get(join.person()))) {
			contacts.link(contactId, account.id(), join.title(), false);
		}
		OrgPerson position = org.join(account.id(),
				new JoinAccount(contactId, join.title(), departments.get(join.department()), person(join.reportsTo()),
						join.role(), monthsAgo(join.monthsAgo()), null, null));
		openPositions.put(join.person(), position.positionId());
	}

	/** The contact's title at the account follows the new position. */
	private void retitle(AccountSummary account, long contactId, String title) {
		contacts.contactsOf(account.id())
			.stream()
			.filter(contact -> contact.contactId() == contactId)
			.findFirst()
			.ifPresent(contact -> contacts.link(contactId, account.id(), title, contact.primary()));
	}

	/**
	 * Every other demo account: the primary contact on top, the others reporting to them,
	 * as they joined two to five years ago.
	 */
	private void simpleChart(AccountSummary account, List<AccountContact> staff) {
		for (int i = 0; i < staff.size(); i++) {
			AccountContact contact = staff.get(i);
			String title = contact.jobTitle() == null ? "—" : contact.jobTitle();
			BuyingRole role = i == 0 ? BuyingRole.ECONOMIC_BUYER
					: i % 2 == 1 ? BuyingRole.INFLUENCER : BuyingRole.TECHNICAL_EVALUATOR;
			org.join(account.id(), new JoinAccount(contact.contactId(), title, null,
					i == 0 ? null : staff.get(0).contactId(), role, monthsAgo(60 - 12 * i), null, null));
		}
	}

	private Long person(String name) {
		return name == null ? null : people.get(name);
	}

	private LocalDate monthsAgo(int months) {
		return LocalDate.now(clock).minusMonths(months).withDayOfMonth(1);
	}

	/** Chinese names of two or three characters are family name first. */
	private static SaveContact newContact(Join join, long ownerId) {
		String name = join.person();
		return new SaveContact(name.substring(0, 1), name.substring(1), null, join.title(), null, null, null, null,
				null, "zh-CN", null, false, null, null, ownerId);
	}

	/** The contact id of a person the scripts played, or null. */
	@Nullable Long personId(String name) {
		return people.get(name);
	}

}
