package io.guanxi.customer;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.ProfileSection.Subject;
import io.guanxi.platform.AccessDeniedProblem;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.Role;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The quality figures of a known fixture: a fresh rep (under a fresh manager) with five
 * accounts and two contacts, some of them broken directly in the database the way an old
 * import would have left them.
 */
@IntegrationTest
class DataQualityIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	DataQuality quality;

	@Autowired
	Duplicates duplicates;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Autowired
	JdbcClient jdbc;

	TestUser manager;

	TestUser rep;

	String unique;

	long full;

	long noPhone;

	long badEmail;

	long badPhone;

	long copy;

	long linked;

	long badMobile;

	@BeforeEach
	void fixture() {
		manager = users.create(Role.SALES_MANAGER);
		rep = users.create(Role.SALES_REP, manager);
		unique = UUID.randomUUID().toString().substring(0, 8);
		// numbers of this run alone: other tests' records with the same number would be
		// paired too
		String phone = "+86 137 " + digits(4) + " " + digits(4);
		full = account("Full " + unique, Industry.TECHNOLOGY, "北京", phone, "full@" + unique + ".example", Tier.A);
		noPhone = account("No phone " + unique, null, "上海", null, "nophone@" + unique + ".example", null);
		badEmail = account("Bad email " + unique, null, null, null, null, null);
		badPhone = account("Bad phone " + unique, null, null, null, null, null);
		copy = account("Copy " + unique, null, null, phone, null, null);
		// what the services refuse, as an old import left it
		jdbc.sql("update customer_account set email = 'not-an-email' where id = :id").param("id", badEmail).update();
		jdbc.sql("update customer_account set phone = '12345', phone_e164 = null where id = :id")
			.param("id", badPhone)
			.update();
		// untouched for two years, since their timeline began; the second had a call last
		// week, so it is not stale
		OffsetDateTime longAgo = OffsetDateTime.now(ZoneOffset.UTC).minusYears(2);
		jdbc.sql("update customer_account set updated_at = :at where id in (:ids)")
			.param("at", longAgo)
			.param("ids", List.of(noPhone, badEmail))
			.update();
		jdbc.sql("update customer_interaction set occurred_at = :at where account_id in (:ids)")
			.param("at", longAgo)
			.param("ids", List.of(noPhone, badEmail))
			.update();
		interaction(badEmail, OffsetDateTime.now(ZoneOffset.UTC).minusDays(7));

		linked = users.as(rep,
				() -> contacts
					.createAt(full,
							new SaveContact("陈", "静" + unique, null, "采购经理", "+86 139 " + digits(4) + " " + digits(4),
									null, "chen@" + unique + ".example", null, null, null, null, null, null, null,
									null))
					.id());
		badMobile = users.as(rep, () -> contacts.create(SaveContact.named("孤", "单" + unique)).id());
		jdbc.sql("update customer_contact set mobile = '999', mobile_e164 = null, updated_at = :at where id = :id")
			.param("at", longAgo)
			.param("id", badMobile)
			.update();

		TestUser otherRep = users.create(Role.SALES_REP);
		users.as(otherRep, () -> accounts.create(new SaveAccount("Not counted " + unique, null)));
		users.as(users.create(Role.ADMIN), duplicates::scan);
	}

	@Test
	void countsTheFiguresOfTheRepsOwnRecords() {
		QualityReport report = users.as(rep, quality::report);

		assertThat(report.perOwner()).isFalse();
		QualityReport.Figures accountFigures = report.accounts().total();
		assertThat(accountFigures.records()).isEqualTo(5);
		assertThat(accountFigures.filled()).containsEntry("phone", 3L)
			.containsEntry("email", 3L)
			.containsEntry("city", 2L)
			.containsEntry("industry", 1L)
			.containsEntry("tier", 1L)
			.containsEntry("website", 0L);
		assertThat(accountFigures.percent("phone")).isEqualTo(60);
		assertThat(accountFigures.missing("industry")).isEqualTo(4);
		assertThat(accountFigures.invalidPhones()).isEqualTo(1);
		assertThat(accountFigures.invalidEmails()).isEqualTo(1);
		assertThat(accountFigures.stale()).isEqualTo(1);
		assertThat(accountFigures.duplicates()).isEqualTo(1);

		QualityReport.Figures contactFigures = report.contacts().total();
		assertThat(contactFigures.records()).isEqualTo(2);
		assertThat(contactFigures.filled()).containsEntry("mobile", 2L)
			.containsEntry("email", 1L)
			.containsEntry("jobTitle", 1L)
			.containsEntry("account", 1L)
			.containsEntry("wechat", 0L);
		assertThat(contactFigures.invalidPhones()).isEqualTo(1);
		assertThat(contactFigures.invalidEmails()).isZero();
		assertThat(contactFigures.stale()).isEqualTo(1);
	}

	@Test
	void listsTheRecordsBehindEachFigure() {
		assertThat(ids(Subject.ACCOUNT, QualityProblem.INVALID_PHONE, null)).containsExactly(badPhone);
		assertThat(ids(Subject.ACCOUNT, QualityProblem.INVALID_EMAIL, null)).containsExactly(badEmail);
		assertThat(ids(Subject.ACCOUNT, QualityProblem.STALE, null)).containsExactly(noPhone);
		assertThat(ids(Subject.ACCOUNT, QualityProblem.MISSING, "industry")).containsExactly(copy, badPhone, badEmail,
				noPhone);
		assertThat(ids(Subject.CONTACT, QualityProblem.MISSING, "account")).containsExactly(badMobile);
		assertThat(ids(Subject.CONTACT, QualityProblem.INVALID_PHONE, null)).containsExactly(badMobile);
		assertThat(users.as(rep,
				() -> quality.records(Subject.ACCOUNT, QualityProblem.MISSING, "industry", null, badEmail, 2)))
			.extracting(QualityRecord::id)
			.containsExactly(noPhone);
		assertThatThrownBy(() -> ids(Subject.ACCOUNT, QualityProblem.MISSING, "owner_id; drop table x"))
			.isInstanceOf(BusinessRuleException.class);
	}

	@Test
	void aManagerSeesTheFiguresPerOwnerOfTheTeam() throws Exception {
		QualityReport report = users.as(manager, quality::report);

		assertThat(report.perOwner()).isTrue();
		assertThat(report.accounts().owners()).singleElement().satisfies(owner -> {
			assertThat(owner.ownerId()).isEqualTo(rep.id());
			assertThat(owner.figures().records()).isEqualTo(5);
			assertThat(owner.figures().invalidPhones()).isEqualTo(1);
			assertThat(owner.figures().duplicates()).isEqualTo(1);
		});
		mvc.perform(get("/quality").with(users.session(manager)).locale(java.util.Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Per owner")))
			.andExpect(content().string(containsString("Test " + rep.username())));
		mvc.perform(get("/quality").with(users.session(rep)).locale(java.util.Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Invalid phones")))
			.andExpect(content().string(not(containsString("Per owner"))));
		mvc.perform(get("/quality/accounts/INVALID_PHONE").with(users.session(rep)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bad phone " + unique)))
			.andExpect(content().string(not(containsString("No phone " + unique))));
		mvc.perform(get("/quality/accounts/duplicates").with(users.session(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Copy " + unique)));
		mvc.perform(get("/api/v1/quality").header(HttpHeaders.AUTHORIZATION, rep.bearer(users)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.accounts.total.records").value(5))
			.andExpect(jsonPath("$.contacts.total.invalidPhones").value(1));
		mvc.perform(get("/api/v1/quality/accounts/records").param("problem", "STALE")
			.header(HttpHeaders.AUTHORIZATION, rep.bearer(users)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(noPhone));
	}

	@Test
	void anAdministratorReadsTheCountOfEveryOwner() {
		TestUser admin = users.create(Role.ADMIN);
		assertThat(users.as(admin, quality::recount)).isTrue();

		QualityReport report = users.as(admin, quality::report);

		assertThat(report.snapshot()).isTrue();
		assertThat(report.perOwner()).isTrue();
		assertThat(report.accounts().owners()).filteredOn(owner -> owner.ownerId() == rep.id())
			.singleElement()
			.satisfies(owner -> {
				assertThat(owner.figures().records()).isEqualTo(5);
				assertThat(owner.figures().filled()).containsEntry("phone", 3L).containsEntry("industry", 1L);
				assertThat(owner.figures().invalidPhones()).isEqualTo(1);
				assertThat(owner.figures().invalidEmails()).isEqualTo(1);
				assertThat(owner.figures().stale()).isEqualTo(1);
				assertThat(owner.figures().duplicates()).isEqualTo(1);
			});
		assertThat(report.contacts().owners()).filteredOn(owner -> owner.ownerId() == rep.id())
			.singleElement()
			.satisfies(owner -> assertThat(owner.figures().filled()).containsEntry("account", 1L)
				.containsEntry("mobile", 2L));
		assertThat(report.accounts().total().records())
			.isEqualTo(jdbc.sql("select count(*) from customer_account").query(Long.class).single());
		assertThatThrownBy(() -> users.as(rep, quality::recount)).isInstanceOf(AccessDeniedProblem.class);
	}

	private List<Long> ids(Subject subject, QualityProblem problem, @Nullable String field) {
		return users.as(rep, () -> quality.records(subject, problem, field, null, null, 50))
			.stream()
			.map(QualityRecord::id)
			.toList();
	}

	private long account(String name, @Nullable Industry industry, @Nullable String city, @Nullable String phone,
			@Nullable String email, @Nullable Tier tier) {
		return users.as(rep,
				() -> accounts
					.create(new SaveAccount(name, null, null, industry, null, null, null, city, null, null, null, phone,
							email, null, tier, null, null, null, null))
					.id());
	}

	private static String digits(int count) {
		StringBuilder digits = new StringBuilder();
		for (int i = 0; i < count; i++) {
			digits.append(ThreadLocalRandom.current().nextInt(10));
		}
		return digits.toString();
	}

	private void interaction(long accountId, OffsetDateTime at) {
		long id = jdbc.sql("select nextval('customer_interaction_seq')").query(Long.class).single();
		jdbc.sql("""
				insert into customer_interaction (id, account_id, channel, subject, occurred_at, version, created_at,
				    updated_at)
				values (:id, :account, 'CALL', 'Follow-up', :at, 0, :at, :at)""")
			.param("id", id)
			.param("account", accountId)
			.param("at", at)
			.update();
	}

}
