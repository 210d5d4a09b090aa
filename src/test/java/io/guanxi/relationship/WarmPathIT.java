package io.guanxi.relationship;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.ContactService;
import io.guanxi.customer.LogInteraction;
import io.guanxi.customer.SaveAccount;
import io.guanxi.customer.SaveContact;
import io.guanxi.customer.TimelineEntry.Channel;
import io.guanxi.customer.TimelineService;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.platform.Role;
import io.guanxi.relationship.WarmPath.Node;
import io.guanxi.relationship.WarmPath.NodeKind;
import io.guanxi.relationship.WarmPath.Step;
import io.guanxi.relationship.WarmPath.StepKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Warm paths: ranking, the hop limit, company hops, record-level security inside paths
 * and the hub cap.
 */
@IntegrationTest
class WarmPathIT {

	static final LocalDate SINCE = LocalDate.of(2020, 1, 1);

	@Autowired
	TestUsers users;

	@Autowired
	WarmPaths warmPaths;

	@Autowired
	PersonTies ties;

	@Autowired
	CompanyLinks links;

	@Autowired
	OrgService org;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Autowired
	TimelineService timeline;

	@Autowired
	JdbcTemplate jdbc;

	TestUser rep;

	TestUser admin;

	String unique;

	@BeforeEach
	void users() {
		rep = users.create(Role.SALES_REP);
		admin = users.create(Role.ADMIN);
		unique = UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void theStrongestShortestPathRanksFirst() {
		TestUser colleague = users.create(Role.SALES_REP);
		long target = contact("目标", unique);
		long close = contact("张", "伟" + unique);
		long loose = contact("李", "娜" + unique);
		knows(rep, close, 5);
		knows(colleague, loose, 2);
		knows(colleague, target, 1);
		tie(close, target, PersonTieKind.FORMER_COLLEAGUE, 5);
		tie(loose, target, PersonTieKind.FRIEND, 2);

		WarmPathResult result = as(rep, () -> warmPaths.find(target, 4, 5));

		assertThat(result.paths()).extracting(this::names)
			.containsExactly(List.of(rep.username(), "张伟" + unique, "目标" + unique),
					List.of(colleague.username(), "目标" + unique),
					List.of(colleague.username(), "李娜" + unique, "目标" + unique));
		assertThat(result.paths()).extracting(WarmPath::cost).isSorted();
		WarmPath best = result.paths().get(0);
		assertThat(best.nodes()).extracting(Node::kind)
			.containsExactly(NodeKind.USER, NodeKind.CONTACT, NodeKind.CONTACT);
		assertThat(best.steps()).extracting(Step::kind, Step::strength, Step::relation, Step::descriptionKey)
			.containsExactly(tuple(StepKind.KNOWS, 5, null, "relationship.warmPath.step.KNOWS"),
					tuple(StepKind.PERSON_TIE, 5, "FORMER_COLLEAGUE",
							"relationship.warmPath.step.PERSON_TIE.FORMER_COLLEAGUE"));
		assertThat(result.capped()).isFalse();
		assertThat(as(rep, () -> warmPaths.find(target, 4, 1)).paths()).hasSize(1);
	}

	@Test
	void aLongStrongPathBeatsManyShortWeakOnesThatAreFoundFirst() {
		long target = contact("远", "方" + unique);
		long near = contact("近", "邻" + unique);
		long far = contact("远", "亲" + unique);
		for (int i = 0; i < 5; i++) {
			knows(users.create(Role.SALES_REP), target, 1);
		}
		knows(rep, far, 5);
		tie(far, near, PersonTieKind.FAMILY, 5);
		tie(near, target, PersonTieKind.FRIEND, 5);

		List<WarmPath> paths = as(rep, () -> warmPaths.find(target, 4, 5)).paths();

		assertThat(paths.get(0)).extracting(this::names)
			.isEqualTo(List.of(rep.username(), "远亲" + unique, "近邻" + unique, "远方" + unique));
		assertThat(paths.get(0).cost()).isEqualTo(4.5);
		assertThat(paths.subList(1, 5)).allSatisfy(path -> {
			assertThat(path.nodes()).hasSize(2);
			assertThat(path.cost()).isEqualTo(5.5);
		});
	}

	@Test
	void aRecentMeetingOnTheTimelineMakesAUserKnowAContact() {
		TestUser met = users.create(Role.SALES_REP);
		long target = users.as(met, () -> contacts.create(SaveContact.named("会", "面" + unique)).id());
		users.as(met, () -> timeline.log(new LogInteraction(null, Channel.MEETING, null, "Lunch", null, null,
				Instant.now().minus(10, ChronoUnit.DAYS), null, List.of(target), null)));
		users.as(admin, () -> ties.know(new SaveUserTie(rep.id(), target, 1, null)));

		List<WarmPath> paths = as(admin, () -> warmPaths.find(target, 2, 5)).paths();

		// met recently: strength 3 from the timeline beats the recorded, but weak, tie
		assertThat(paths)
			.extracting(path -> path.nodes().get(0).name(), path -> path.steps().get(0).recorded(),
					path -> path.steps().get(0).strength())
			.containsExactly(tuple("Test " + met.username(), false, 3), tuple("Test " + rep.username(), true, 1));
		assertThat(paths.get(0).steps().get(0).lastInteraction()).isNotNull();
	}

	@Test
	void aPathThroughAContactTheCallerMayNotReadIsNotOffered() {
		TestUser other = users.create(Role.SALES_REP);
		long target = contact("王", "总" + unique);
		long visible = contact("周", "杰" + unique);
		long hidden = users.as(other, () -> contacts.create(SaveContact.named("秘", "密" + unique)).id());
		users.as(admin, () -> ties.know(new SaveUserTie(rep.id(), hidden, 5, null)));
		users.as(admin,
				() -> ties.create(new SavePersonTie(hidden, target, PersonTieKind.FAMILY, 5, null, null, null)));

		assertThat(as(rep, () -> warmPaths.find(target, 4, 5)).paths()).isEmpty();
		assertThat(as(admin, () -> warmPaths.find(target, 4, 5)).paths()).extracting(this::names)
			.containsExactly(List.of(rep.username(), "秘密" + unique, "王总" + unique));

		knows(rep, visible, 2);
		tie(visible, target, PersonTieKind.CLASSMATE, 3);
		List<WarmPath> repSees = as(rep, () -> warmPaths.find(target, 4, 5)).paths();
		assertThat(repSees).extracting(this::names)
			.containsExactly(List.of(rep.username(), "周杰" + unique, "王总" + unique));
		assertThat(repSees).flatExtracting(WarmPath::nodes)
			.filteredOn(node -> node.kind() == NodeKind.CONTACT)
			.extracting(Node::id)
			.doesNotContain(hidden);
		assertThatThrownBy(() -> as(rep, () -> warmPaths.find(hidden, 4, 5)))
			.isInstanceOf(RecordNotFoundException.class);
	}

	@Test
	void colleaguesAtACompanyTheCallerMayNotReadAreNoWayIn() {
		TestUser other = users.create(Role.SALES_REP);
		long secret = users.as(other, () -> accounts.create(new SaveAccount("Secret " + unique, null)).id());
		long target = contact("钱", "多" + unique);
		long insider = contact("孙", "悟" + unique);
		users.as(admin, () -> org.join(secret, join(target, "CEO")));
		users.as(admin, () -> org.join(secret, join(insider, "CFO")));
		knows(rep, insider, 5);

		assertThat(as(rep, () -> warmPaths.find(target, 4, 5)).paths()).isEmpty();
		List<WarmPath> adminSees = as(admin, () -> warmPaths.find(target, 4, 5)).paths();
		assertThat(adminSees).hasSize(1);
		assertThat(adminSees.get(0).steps()).extracting(Step::kind, Step::via)
			.containsExactly(tuple(StepKind.KNOWS, null), tuple(StepKind.COLLEAGUE, "Secret " + unique));
	}

	@Test
	void companyHopsLeadFromAPersonsEmployerToTheTargetsEmployer() {
		long supplier = account("Supplier " + unique);
		long buyer = account("Buyer " + unique);
		long seller = contact("供", "应" + unique);
		long target = contact("采", "购" + unique);
		as(rep, () -> org.join(supplier, join(seller, "Sales Director")));
		as(rep, () -> org.join(buyer, join(target, "Head of Purchasing")));
		as(rep, () -> links
			.create(new SaveCompanyLink(supplier, buyer, CompanyLinkKind.SUPPLIER, null, null, null, null)));
		knows(rep, seller, 4);

		WarmPathResult four = as(rep, () -> warmPaths.find(target, 4, 5));

		assertThat(four.paths()).hasSize(1);
		WarmPath path = four.paths().get(0);
		assertThat(path.nodes()).extracting(Node::kind, Node::name)
			.containsExactly(tuple(NodeKind.USER, "Test " + rep.username()), tuple(NodeKind.CONTACT, "供应" + unique),
					tuple(NodeKind.ACCOUNT, "Supplier " + unique), tuple(NodeKind.ACCOUNT, "Buyer " + unique),
					tuple(NodeKind.CONTACT, "采购" + unique));
		assertThat(path.steps()).extracting(Step::kind, Step::relation, Step::reverse)
			.containsExactly(tuple(StepKind.KNOWS, null, false), tuple(StepKind.WORKS_AT, null, false),
					tuple(StepKind.COMPANY_LINK, "SUPPLIER", false), tuple(StepKind.WORKS_AT, null, true));
		assertThat(path.cost()).isEqualTo(2.5 + 2.5 + 3.5 + 2.5);
		assertThat(as(rep, () -> warmPaths.find(target, 3, 5)).paths()).isEmpty();
	}

	@Test
	void colleaguesAreOneStepAndTheDetourThroughTheirCompanyIsNotOfferedAgain() {
		long company = account("Colleagues " + unique);
		long target = contact("赵", "敏" + unique);
		long colleague = contact("钱", "学" + unique);
		as(rep, () -> org.join(company, join(target, "CTO")));
		as(rep, () -> org.join(company, join(colleague, "Engineer")));
		knows(rep, colleague, 3);

		List<WarmPath> paths = as(rep, () -> warmPaths.find(target, 4, 5)).paths();

		assertThat(paths).extracting(this::names)
			.containsExactly(List.of(rep.username(), "钱学" + unique, "赵敏" + unique));
		assertThat(paths.get(0).steps().get(1).via()).isEqualTo("Colleagues " + unique);
	}

	@Test
	void theHopLimitIsRespected() {
		long target = contact("终", "点" + unique);
		long first = contact("一", unique);
		long second = contact("二", unique);
		long third = contact("三", unique);
		knows(rep, first, 5);
		tie(first, second, PersonTieKind.FRIEND, 5);
		tie(third, second, PersonTieKind.MENTOR, 5);
		tie(third, target, PersonTieKind.FRIEND, 5);

		WarmPath four = as(rep, () -> warmPaths.find(target, 4, 5)).paths().get(0);
		assertThat(four.nodes()).hasSize(5);
		assertThat(four.steps()).extracting(Step::descriptionKey)
			.containsExactly("relationship.warmPath.step.KNOWS", "relationship.warmPath.step.PERSON_TIE.FRIEND",
					"relationship.warmPath.step.PERSON_TIE.MENTOR.reverse",
					"relationship.warmPath.step.PERSON_TIE.FRIEND");
		assertThat(as(rep, () -> warmPaths.find(target, 3, 5)).paths()).isEmpty();
		assertThat(as(rep, () -> warmPaths.find(target, 2, 5)).paths()).isEmpty();
		assertThatThrownBy(() -> as(rep, () -> warmPaths.find(target, 5, 5)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aHubWithFiveThousandTiesIsCappedAndStillLeadsToTheTarget() {
		long target = contact("中", "心" + unique);
		long hub = contact("人", "脉" + unique);
		long friend = contact("朋", "友" + unique);
		tie(hub, target, PersonTieKind.FRIEND, 4);
		tie(friend, hub, PersonTieKind.CLASSMATE, 5);
		knows(rep, friend, 5);
		tieToCrowd(hub, 5_000);

		WarmPathResult result = as(rep, () -> warmPaths.find(target, 4, 5));

		assertThat(result.capped()).isTrue();
		assertThat(result.paths()).first()
			.extracting(this::names)
			.isEqualTo(List.of(rep.username(), "朋友" + unique, "人脉" + unique, "中心" + unique));
	}

	/** Many people tied to the hub with strength 2, written in bulk. */
	private void tieToCrowd(long hub, int count) {
		List<Long> people = ids("customer_contact_seq", count);
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.batchUpdate("insert into customer_contact (id, full_name, owner_id, version, created_at, updated_at) "
				+ "values (?, ?, ?, 0, ?, ?)", people, 1_000, (statement, id) -> {
					statement.setLong(1, id);
					statement.setString(2, "Crowd " + id);
					statement.setLong(3, rep.id());
					statement.setTimestamp(4, now);
					statement.setTimestamp(5, now);
				});
		List<Long> tieIds = ids("relationship_person_tie_seq", count);
		List<long[]> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			rows.add(new long[] { tieIds.get(i), people.get(i) });
		}
		jdbc.batchUpdate(
				"insert into relationship_person_tie (id, from_contact_id, to_contact_id, kind, strength, "
						+ "version, created_at, updated_at) values (?, ?, ?, 'FRIEND', 2, 0, ?, ?)",
				rows, 1_000, (statement, row) -> {
					statement.setLong(1, row[0]);
					statement.setLong(2, row[1]);
					statement.setLong(3, hub);
					statement.setTimestamp(4, now);
					statement.setTimestamp(5, now);
				});
	}

	/**
	 * Ids from a sequence the way Hibernate's pooled optimizer uses them: 50 per call.
	 */
	private List<Long> ids(String sequence, int count) {
		List<Long> ids = new ArrayList<>();
		while (ids.size() < count) {
			long high = jdbc.queryForObject("select nextval('" + sequence + "')", Long.class);
			for (long id = high - 49; id <= high && ids.size() < count; id++) {
				ids.add(id);
			}
		}
		return ids;
	}

	private List<String> names(WarmPath path) {
		return path.nodes()
			.stream()
			.map(node -> node.kind() == NodeKind.USER ? node.name().replace("Test ", "") : node.name())
			.toList();
	}

	/** Recorded by an admin, who may record anyone's ties to any contact. */
	private void knows(TestUser user, long contact, int strength) {
		users.as(admin, () -> ties.know(new SaveUserTie(user.id(), contact, strength, null)));
	}

	private void tie(long from, long to, PersonTieKind kind, int strength) {
		as(rep, () -> ties.create(new SavePersonTie(from, to, kind, strength, null, null, null)));
	}

	private static JoinAccount join(long contact, String title) {
		return new JoinAccount(contact, title, null, null, null, SINCE, null, null);
	}

	private long account(String name) {
		return as(rep, () -> accounts.create(new SaveAccount(name, null)).id());
	}

	private long contact(String family, String given) {
		return as(rep, () -> contacts.create(SaveContact.named(family, given)).id());
	}

	private <T> T as(TestUser user, Supplier<T> work) {
		return users.as(user, work);
	}

}
