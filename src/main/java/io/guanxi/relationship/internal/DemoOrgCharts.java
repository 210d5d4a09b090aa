package io.guanxi.relationship.internal;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

import io.guanxi.customer.AccountFilter;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.AccountSummary;
import io.guanxi.customer.ContactService;
import io.guanxi.relationship.OrgService;
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
			DemoOrgScript script = new DemoOrgScript(org, contacts, clock, byName);
			byName.values().stream().sorted(Comparator.comparing(AccountSummary::id)).forEach(account -> {
				try {
					script.play(account, DemoOrgPlans.PLANS.get(account.name()));
				}
				catch (RuntimeException ex) {
					log.warn("Demo org chart of {} left incomplete: {}", account.name(), ex.getMessage());
				}
			});
		});
	}

	private void asAdmin(Runnable work) {
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
			work.run();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
