package io.guanxi.relationship.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.guanxi.customer.AccountContact;
import io.guanxi.customer.AccountFilter;
import io.guanxi.customer.AccountService;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Org charts with a history for the demo accounts, loaded once after the customer demo
 * data (while no position exists): the scripts of {@link DemoOrgPlans} for four accounts,
 * and a simple chart from the contacts for every other one. Runs as the demo
 * administrator, through the module's own service, so the rules and events apply.
 */
@Component
@Profile("demo")
@Order(60)
class DemoOrgCharts implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoOrgCharts.class);

	private static final String ADMIN = "admin";

	private final OrgService org;

	private final AccountService accounts;

	private final ContactService contacts;

	private final PositionRepository positions;

	private final UserDetailsService users;

	private final Clock clock;

	DemoOrgCharts(OrgService org, AccountService accounts, ContactService contacts, PositionRepository positions,
			UserDetailsService users, Clock clock) {
		this.org = org;
		this.accounts = accounts;
		this.contacts = contacts;
		this.positions = positions;
		this.users = users;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (positions.count() > 0) {
			return;
		}
		asAdmin(() -> {
			Map<String, AccountSummary> byName = new HashMap<>();
			accounts.list(AccountFilter.none(), PageRequest.of(0, 200))
				.forEach(account -> byName.putIfAbsent(account.name(), account));
			Script script = new Script(byName);
			byName.values().stream().sorted(Comparator.comparing(AccountSummary::id)).forEach(account -> {
				try {
					script.play(account, DemoOrgPlans.PLANS.get(account.name()));
				}
				catch (RuntimeException ex) {
					log.warn("Demo org chart of {} left incomplete: {}", account.name(), ex.getMessage());
				}
			});
			return null;
		});
	}

	private void asAdmin(Supplier<Void> work) {
		UserDetails admin;
		try {
			admin = users.loadUserByUsername(ADMIN);
		}
		catch (RuntimeException ex) {
			log.info("No demo administrator: no demo org charts");
			return;
		}
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
		try {
			work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** Plays the scripts; remembers people by name across accounts, as people move. */
	private final class Script {

		private final Map<String, AccountSummary> accountsByName;

		private final Map<String, Long> people = new HashMap<>();

		private final Map<String, Long> openPositions = new HashMap<>();

		private Script(Map<String, AccountSummary> accountsByName) {
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
					new JoinAccount(contactId, join.title(), departments.get(join.department()),
							person(join.reportsTo()), join.role(), monthsAgo(join.monthsAgo()), null, null));
			openPositions.put(join.person(), position.positionId());
		}

		/**
		 * Every other demo account: the primary contact on top, the others reporting to
		 * them, as they joined two to five years ago.
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

	}

}
