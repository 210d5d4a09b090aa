package io.guanxi.relationship;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.SaveAccount;
import io.guanxi.platform.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The group view: up to the ultimate parent, then the family below it, on a day, without
 * the members the viewer may not read.
 */
@IntegrationTest
class CorporateGroupsIT {

	static final LocalDate ACQUIRED = LocalDate.of(2020, 1, 1);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	CompanyLinks links;

	@Autowired
	CorporateGroups groups;

	@Autowired
	AccountService accounts;

	TestUser rep;

	TestUser admin;

	String unique;

	long top;

	long division;

	long plant;

	long majority;

	long minority;

	long member;

	long hidden;

	long belowHidden;

	/**
	 * Top is the parent of Division (the parent of Plant since 2020), holds 60 % of
	 * Majority and 30 % of Minority; Member belongs to Top's group; Top is the parent of
	 * Hidden (another rep's), the parent of BelowHidden.
	 */
	@BeforeEach
	void aGroup() {
		rep = users.create(Role.SALES_REP);
		admin = users.create(Role.ADMIN);
		unique = UUID.randomUUID().toString().substring(0, 8);
		top = account("Top");
		division = account("Division");
		plant = account("Plant");
		majority = account("Majority");
		minority = account("Minority");
		member = account("Member");
		TestUser other = users.create(Role.SALES_REP);
		hidden = users.as(other, () -> accounts.create(new SaveAccount("Hidden " + unique, null)).id());
		belowHidden = account("BelowHidden");
		link(top, division, CompanyLinkKind.PARENT, null, null);
		link(division, plant, CompanyLinkKind.PARENT, null, ACQUIRED);
		link(top, majority, CompanyLinkKind.SHAREHOLDER, new BigDecimal("60"), null);
		link(top, minority, CompanyLinkKind.SHAREHOLDER, new BigDecimal("30"), null);
		link(member, top, CompanyLinkKind.GROUP_MEMBER, null, null);
		link(top, hidden, CompanyLinkKind.PARENT, null, null);
		link(hidden, belowHidden, CompanyLinkKind.PARENT, null, null);
	}

	@Test
	void threeLevelsRollUpToTheUltimateParentWithTheMajorityStakeAndWithoutTheHiddenBranch() {
		CorporateGroup group = users.as(rep, () -> groups.of(plant, LocalDate.of(2024, 6, 1)));

		assertThat(group.ultimateParentId()).isEqualTo(top);
		assertThat(group.root().name()).isEqualTo("Top " + unique);
		assertThat(group.root().children()).extracting(GroupMember::name, GroupMember::kind, GroupMember::sharePercent)
			.containsExactly(tuple("Division " + unique, CompanyLinkKind.PARENT, null),
					tuple("Majority " + unique, CompanyLinkKind.SHAREHOLDER, new BigDecimal("60.00")),
					tuple("Member " + unique, CompanyLinkKind.GROUP_MEMBER, null));
		GroupMember plantMember = group.root().children().get(0).children().get(0);
		assertThat(plantMember.accountId()).isEqualTo(plant);
		assertThat(plantMember.current()).isTrue();
		assertThat(group.size()).isEqualTo(5);
		assertThat(names(group.root())).doesNotContain("Hidden " + unique, "BelowHidden " + unique,
				"Minority " + unique);
	}

	@Test
	void beforeTheAcquisitionThePlantStandsAlone() {
		CorporateGroup group = users.as(rep, () -> groups.of(plant, LocalDate.of(2019, 6, 1)));

		assertThat(group.ultimateParentId()).isEqualTo(plant);
		assertThat(group.size()).isEqualTo(1);
		assertThat(group.root().current()).isTrue();
	}

	@Test
	void theWalkUpStopsBelowAnAccountTheViewerMayNotRead() {
		CorporateGroup group = users.as(rep, () -> groups.of(belowHidden, LocalDate.of(2024, 6, 1)));

		assertThat(group.ultimateParentId()).isEqualTo(belowHidden);
		assertThat(group.size()).isEqualTo(1);
		// an admin reads everything: the same account sits in Top's group
		CorporateGroup seenByAdmin = users.as(admin, () -> groups.of(belowHidden, LocalDate.of(2024, 6, 1)));
		assertThat(seenByAdmin.ultimateParentId()).isEqualTo(top);
		assertThat(seenByAdmin.size()).isEqualTo(7);
	}

	@Test
	void theApiAnswersTheTreeAsOfADay() throws Exception {
		mvc.perform(get("/api/v1/accounts/" + majority + "/group").param("asOf", "2024-06-01")
			.header(HttpHeaders.AUTHORIZATION, rep.bearer(users)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ultimateParentId").value(top))
			.andExpect(jsonPath("$.asOf").value("2024-06-01"))
			.andExpect(jsonPath("$.size").value(5))
			.andExpect(jsonPath("$.root.children[1].name").value("Majority " + unique))
			.andExpect(jsonPath("$.root.children[1].sharePercent").value(60))
			.andExpect(jsonPath("$.root.children[1].current").value(true));
		mvc.perform(get("/api/v1/accounts/" + hidden + "/group").header(HttpHeaders.AUTHORIZATION, rep.bearer(users)))
			.andExpect(status().isNotFound());
	}

	private static List<String> names(GroupMember member) {
		return Stream.concat(Stream.of(member.name()), member.children().stream().flatMap(m -> names(m).stream()))
			.toList();
	}

	private void link(long from, long to, CompanyLinkKind kind, BigDecimal share, LocalDate since) {
		users.as(admin, () -> links.create(new SaveCompanyLink(from, to, kind, share, since, null, null)));
	}

	private long account(String name) {
		return users.as(rep, () -> accounts.create(new SaveAccount(name + " " + unique, null)).id());
	}

}
