package io.guanxi.relationship.internal;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

import io.guanxi.customer.AccountFilter;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.AccountSummary;
import io.guanxi.customer.ContactService;
import io.guanxi.relationship.CompanyLinkKind;
import io.guanxi.relationship.CompanyLinks;
import io.guanxi.relationship.OrgService;
import io.guanxi.relationship.PersonTieKind;
import io.guanxi.relationship.PersonTies;
import io.guanxi.relationship.SaveCompanyLink;
import io.guanxi.relationship.SavePersonTie;
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

	private final CompanyLinks links;

	private final PersonTies ties;

	DemoOrgCharts(OrgService org, AccountService accounts, ContactService contacts, PositionRepository positions,
			UserDetailsService users, Clock clock, CompanyLinks links, PersonTies ties) {
		this.links = links;
		this.ties = ties;
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
			relate(byName, script);
		});
	}

	/**
	 * A few company links and one tie, so that the group, network and warm-path views
	 * show something.
	 */
	private void relate(Map<String, AccountSummary> byName, DemoOrgScript script) {
		try {
			link(byName, "阿里巴巴集团控股有限公司", "华为技术有限公司", CompanyLinkKind.PARTNER);
			link(byName, "Siemens Ltd., China", "华为技术有限公司", CompanyLinkKind.SUPPLIER);
			link(byName, "腾讯科技（深圳）有限公司", "阿里巴巴集团控股有限公司", CompanyLinkKind.COMPETITOR);
			Long sun = script.personId("孙浩");
			Long chen = script.personId("陈静");
			if (sun != null && chen != null) {
				ties.create(new SavePersonTie(sun, chen, PersonTieKind.FORMER_COLLEAGUE, 5, null, null, "在华为信息中心共事六年"));
			}
		}
		catch (RuntimeException ex) {
			log.warn("Demo relationships left incomplete: {}", ex.getMessage());
		}
	}

	private void link(Map<String, AccountSummary> byName, String from, String to, CompanyLinkKind kind) {
		AccountSummary fromAccount = byName.get(from);
		AccountSummary toAccount = byName.get(to);
		if (fromAccount != null && toAccount != null) {
			links.create(new SaveCompanyLink(fromAccount.id(), toAccount.id(), kind, null, null, null, null));
		}
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
