package io.guanxi.sales;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.Industry;
import io.guanxi.platform.AccessDeniedProblem;
import io.guanxi.platform.NotificationView;
import io.guanxi.platform.Notifications;
import io.guanxi.platform.Role;
import io.guanxi.platform.user.CreateUser;
import io.guanxi.platform.user.SaveTeam;
import io.guanxi.platform.user.TeamService;
import io.guanxi.platform.user.UpdateUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Assignment rules: the first matching rule wins, teams take turns fairly even when leads
 * arrive at once, and without a match the default owner or the creator gets the lead.
 * Every rule here matches only this test's own city, so that rules never catch other
 * tests' leads.
 */
@IntegrationTest
class LeadAssignmentIT {

	@Autowired
	TestUsers users;

	@Autowired
	TeamService teams;

	@Autowired
	Leads leads;

	@Autowired
	LeadRules rules;

	@Autowired
	Notifications notifications;

	TestUser admin;

	TestUser creator;

	String city;

	@BeforeEach
	void setUp() {
		admin = users.create(Role.ADMIN);
		creator = users.create(Role.SALES_REP);
		city = "City-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void theFirstMatchingRuleInTheAdministratorsOrderWins() {
		TestUser byCity = users.create(Role.SALES_REP);
		TestUser byCityAndIndustry = users.create(Role.SALES_REP);
		LeadRuleView broad = rule(new SaveLeadRule("broad", null, city, null, null, byCity.id(), null, true));
		LeadRuleView narrow = rule(new SaveLeadRule("narrow", null, city.toUpperCase(), Industry.FINANCE, null,
				byCityAndIndustry.id(), null, true));

		assertThat(capture(Industry.FINANCE).ownerId()).isEqualTo(byCity.id());
		users.as(admin, () -> {
			rules.move(narrow.id(), true);
			return null;
		});
		assertThat(capture(Industry.FINANCE).ownerId()).as("the narrow rule comes first now")
			.isEqualTo(byCityAndIndustry.id());
		assertThat(capture(Industry.RETAIL).ownerId()).as("the narrow rule does not match retail")
			.isEqualTo(byCity.id());
		assertThat(users.as(admin, () -> rules.list()))
			.filteredOn(rule -> rule.id() == broad.id() || rule.id() == narrow.id())
			.extracting(LeadRuleView::name)
			.containsExactly("narrow", "broad");
	}

	@Test
	void aTeamRuleHandsLeadsToItsActiveMembersInTurn() {
		List<TestUser> members = team(3);
		rule(new SaveLeadRule("team", null, city, null, null, null, teamOf(members), true));

		List<Long> owners = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			owners.add(capture(null).ownerId());
		}

		List<Long> ids = members.stream().map(TestUser::id).sorted().toList();
		assertThat(owners).containsExactly(ids.get(0), ids.get(1), ids.get(2), ids.get(0), ids.get(1), ids.get(2));
	}

	@Test
	void leadsArrivingAtTheSameTimeAreSharedEvenly() throws Exception {
		List<TestUser> members = team(3);
		rule(new SaveLeadRule("team", null, city, null, null, null, teamOf(members), true));

		ExecutorService pool = Executors.newFixedThreadPool(3);
		try {
			List<Callable<Long>> captures = new ArrayList<>();
			for (int i = 0; i < 12; i++) {
				captures.add(() -> capture(null).ownerId());
			}
			List<Long> owners = new ArrayList<>();
			for (Future<Long> owner : pool.invokeAll(captures)) {
				owners.add(owner.get());
			}
			Map<Long, Long> perMember = owners.stream()
				.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
			assertThat(perMember).containsOnlyKeys(members.stream().map(TestUser::id).toList());
			assertThat(perMember.values()).containsOnly(4L);
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void aRuleWhoseUserLeftIsPassedOver() {
		TestUser leaver = users.create(Role.SALES_REP);
		TestUser next = users.create(Role.SALES_REP);
		rule(new SaveLeadRule("leaver", null, city, null, null, leaver.id(), null, true));
		rule(new SaveLeadRule("next", null, city, null, null, next.id(), null, true));
		UpdateUser disabled = users.userService().editForm(leaver.id());
		users.as(admin, () -> {
			users.userService()
				.update(leaver.id(), new UpdateUser(disabled.displayName(), disabled.email(), disabled.role(),
						disabled.teamId(), disabled.managerId(), false, disabled.version()));
			return null;
		});

		assertThat(capture(null).ownerId()).isEqualTo(next.id());
	}

	@Test
	void withoutAMatchingRuleTheDefaultOwnerOrElseTheCreatorGetsTheLead() {
		TestUser fallback = users.create(Role.SALES_MANAGER);
		assertThat(capture(null).ownerId()).as("no default owner: the creator").isEqualTo(creator.id());

		withDefaultOwner(fallback.id(), () -> assertThat(capture(null).ownerId()).isEqualTo(fallback.id()));
	}

	@Test
	void aNamedOwnerNeedsNoRuleButMustBeVisibleToTheCreator() {
		TestUser manager = users.create(Role.SALES_MANAGER);
		TestUser rep = users.create(Role.SALES_REP, manager);
		TestUser stranger = users.create(Role.SALES_REP);
		rule(new SaveLeadRule("anyone", null, city, null, null, stranger.id(), null, true));

		SaveLead lead = lead(null).ownedBy(rep.id());
		assertThat(users.as(manager, () -> leads.create(lead)).ownerId()).isEqualTo(rep.id());
		assertThatThrownBy(() -> users.as(creator, () -> leads.create(lead)))
			.isInstanceOf(io.guanxi.platform.BusinessRuleException.class)
			.hasMessage("sales.lead.error.owner");
	}

	@Test
	void theOwnerARuleChoseIsNotifiedWithALinkToTheLead() {
		TestUser assignee = users.create(Role.SALES_REP);
		rule(new SaveLeadRule("notify", null, city, null, null, assignee.id(), null, true));

		LeadDetails lead = capture(null);

		await().atMost(Duration.ofSeconds(20))
			.until(() -> !users.as(assignee, () -> notifications.list(null, 1)).items().isEmpty());
		NotificationView notice = users.as(assignee, () -> notifications.list(null, 1)).items().get(0);
		assertThat(notice.text()).contains(lead.fullName(), lead.companyName());
		assertThat(notice.link()).isEqualTo("/leads/" + lead.id());
	}

	@Test
	void onlyAdministratorsManageRules() {
		assertThatThrownBy(() -> users.as(creator, () -> rules.list())).isInstanceOf(AccessDeniedProblem.class);
		assertThatThrownBy(() -> users.as(creator,
				() -> rules.create(new SaveLeadRule("mine", null, city, null, null, creator.id(), null, true))))
			.isInstanceOf(AccessDeniedProblem.class);
	}

	private LeadDetails capture(Industry industry) {
		return users.as(creator, () -> leads.create(lead(industry)));
	}

	private SaveLead lead(Industry industry) {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		return new SaveLead("Lead", unique, "Firm " + unique, null, unique + "@example.com", null, null, industry, null,
				city, LeadSource.WEB_FORM, null, null, null);
	}

	private LeadRuleView rule(SaveLeadRule rule) {
		return users.as(admin, () -> rules.create(rule));
	}

	private void withDefaultOwner(long ownerId, Runnable check) {
		Long before = users.as(admin, () -> rules.defaultOwner()).userId();
		users.as(admin, () -> {
			rules.changeDefaultOwner(ownerId, rules.defaultOwner().version());
			return null;
		});
		try {
			check.run();
		}
		finally {
			users.as(admin, () -> {
				rules.changeDefaultOwner(before, rules.defaultOwner().version());
				return null;
			});
		}
	}

	private List<TestUser> team(int size) {
		long team = teams.createTeam(new SaveTeam("Team " + city, null, 0));
		List<TestUser> members = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			String username = "member-" + i + "-" + city.toLowerCase();
			long id = users.userService()
				.create(new CreateUser(username, "Member " + i, null, Role.SALES_REP, team, null, TestUsers.PASSWORD));
			members.add(new TestUser(id, username));
		}
		return members;
	}

	private long teamOf(List<TestUser> members) {
		return users.userService().view(members.get(0).id()).teamId();
	}

}
