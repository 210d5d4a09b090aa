package io.guanxi.relationship;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.ContactService;
import io.guanxi.customer.SaveAccount;
import io.guanxi.customer.SaveContact;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.platform.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The network view: rings of companies and key people, filters by kind and day, the hub
 * cap, and the records the viewer may not read.
 */
@IntegrationTest
class NetworkViewIT {

	static final LocalDate TODAY = LocalDate.now();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	NetworkView network;

	@Autowired
	CompanyLinks links;

	@Autowired
	PersonTies ties;

	@Autowired
	OrgService org;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	TestUser rep;

	TestUser admin;

	String unique;

	long focus;

	long supplier;

	long subsidiary;

	long oldPartner;

	long otherEmployer;

	long hiddenCustomer;

	long behindHidden;

	long keyPerson;

	long supplierBuyer;

	long friend;

	/**
	 * Links read "from is the … of to": Focus → Supplier (SUPPLIER), Focus → Subsidiary
	 * (PARENT), Focus → OldPartner (PARTNER, 2015 to 2018), Focus → HiddenCustomer
	 * (CUSTOMER, another rep's), HiddenCustomer → BehindHidden (PARTNER). People: Key
	 * (decision maker at Focus, since 2019, also works at OtherEmployer), Plain (no
	 * buying role), Former (champion 2010 to 2016), Hidden (another rep's, economic
	 * buyer), Buyer (economic buyer at Supplier); Key is a friend of Friend.
	 */
	@BeforeEach
	void aNetwork() {
		rep = users.create(Role.SALES_REP);
		admin = users.create(Role.ADMIN);
		TestUser other = users.create(Role.SALES_REP);
		unique = UUID.randomUUID().toString().substring(0, 6);
		focus = account("Focus");
		supplier = account("Supplier");
		subsidiary = account("Subsidiary");
		oldPartner = account("OldPartner");
		otherEmployer = account("OtherEmployer");
		hiddenCustomer = users.as(other, () -> accounts.create(new SaveAccount("HiddenCustomer " + unique, null)).id());
		behindHidden = account("BehindHidden");
		link(focus, supplier, CompanyLinkKind.SUPPLIER, LocalDate.of(2020, 1, 1), null);
		link(focus, subsidiary, CompanyLinkKind.PARENT, null, null);
		link(focus, oldPartner, CompanyLinkKind.PARTNER, LocalDate.of(2015, 1, 1), LocalDate.of(2018, 1, 1));
		link(focus, hiddenCustomer, CompanyLinkKind.CUSTOMER, null, null);
		link(hiddenCustomer, behindHidden, CompanyLinkKind.PARTNER, null, null);

		keyPerson = contact("Key");
		long plain = contact("Plain");
		long former = contact("Former");
		long hiddenPerson = users.as(other, () -> contacts.create(SaveContact.named("Hidden", unique)).id());
		supplierBuyer = contact("Buyer");
		friend = contact("Friend");
		join(focus, keyPerson, BuyingRole.DECISION_MAKER, LocalDate.of(2019, 1, 1), null);
		join(otherEmployer, keyPerson, null, LocalDate.of(2021, 1, 1), null);
		join(focus, plain, null, LocalDate.of(2019, 1, 1), null);
		join(focus, former, BuyingRole.CHAMPION, LocalDate.of(2010, 1, 1), LocalDate.of(2016, 1, 1));
		join(focus, hiddenPerson, BuyingRole.ECONOMIC_BUYER, LocalDate.of(2019, 1, 1), null);
		join(supplier, supplierBuyer, BuyingRole.ECONOMIC_BUYER, LocalDate.of(2019, 1, 1), null);
		users.as(admin,
				() -> ties.create(new SavePersonTie(keyPerson, friend, PersonTieKind.FRIEND, 4, null, null, "大学室友")));
	}

	@Test
	void depthOneShowsTheLinkedCompaniesAndKeyPeopleOfToday() {
		Network around = around(1, TODAY, NetworkFilter.everything());

		assertThat(names(around)).containsExactlyInAnyOrder("Focus", "Supplier", "Subsidiary", "Key");
		assertThat(around.edges()).extracting(NetworkEdge::type)
			.containsExactlyInAnyOrder(NetworkEdge.Type.COMPANY_LINK, NetworkEdge.Type.COMPANY_LINK,
					NetworkEdge.Type.POSITION);
		NetworkNode focusNode = around.nodes().get(0);
		assertThat(focusNode.focus()).isTrue();
		assertThat(focusNode.expanded()).isTrue();
		assertThat(around.nodes().stream().filter(node -> !node.focus())).noneMatch(NetworkNode::expanded);
	}

	@Test
	void depthTwoAddsWhatIsAroundThoseButNeverWalksThroughAHiddenCompany() {
		Network around = around(2, TODAY, NetworkFilter.everything());

		assertThat(names(around)).containsExactlyInAnyOrder("Focus", "Supplier", "Subsidiary", "Key", "Buyer", "Friend",
				"OtherEmployer");
		assertThat(around.nodes()).filteredOn(node -> node.name().startsWith("Buyer"))
			.extracting(NetworkNode::depth)
			.containsExactly(2);
		assertThat(around.edges()).filteredOn(edge -> edge.type() == NetworkEdge.Type.PERSON_TIE)
			.extracting(NetworkEdge::kind, NetworkEdge::strength)
			.containsExactly(tuple("FRIEND", 4));
		List<String> ids = around.nodes().stream().map(NetworkNode::id).toList();
		assertThat(around.edges()).allMatch(edge -> ids.contains(edge.source()) && ids.contains(edge.target()),
				"joins drawn nodes only");
		assertThat(ids).doesNotContain("account:" + hiddenCustomer, "account:" + behindHidden);
	}

	@Test
	void kindsFilterTheRelationsFollowed() {
		assertThat(names(around(2, TODAY, NetworkFilter.of(List.of("SUPPLIER"))))).containsExactlyInAnyOrder("Focus",
				"Supplier");
		assertThat(names(around(1, TODAY, NetworkFilter.of(List.of("parent", "POSITION")))))
			.containsExactlyInAnyOrder("Focus", "Subsidiary", "Key");
		assertThat(names(around(2, TODAY, NetworkFilter.of(List.of("POSITION", "FRIEND")))))
			.containsExactlyInAnyOrder("Focus", "Key", "Friend", "OtherEmployer");
	}

	@Test
	void aPastDayShowsTheRelationsOfThatDay() {
		assertThat(names(around(1, LocalDate.of(2015, 6, 1), NetworkFilter.everything())))
			.containsExactlyInAnyOrder("Focus", "OldPartner", "Subsidiary", "Former");
	}

	@Test
	void aHubShowsItsStrongestNeighboursUpToTheCapAndCountsTheRest() {
		long hub = account("Hub");
		for (int n = 0; n < NetworkView.NEIGHBOUR_CAP + 3; n++) {
			// three decision makers who joined long ago, the rest newer plain users
			boolean decides = n < 3;
			join(hub, contact((decides ? "Decides" : "Uses") + n),
					decides ? BuyingRole.DECISION_MAKER : BuyingRole.USER,
					decides ? LocalDate.of(2001, 1, 1) : LocalDate.of(2022, 1, 1).plusDays(n), null);
		}

		Network around = users.as(rep, () -> network.aroundAccount(hub, 1, TODAY, NetworkFilter.everything()));

		assertThat(around.nodes()).hasSize(1 + NetworkView.NEIGHBOUR_CAP);
		assertThat(around.nodes().get(0).more()).isEqualTo(3);
		assertThat(around.truncated()).isTrue();
		assertThat(names(around)).contains("Decides0", "Decides1", "Decides2", "Uses14", "Uses6")
			.doesNotContain("Uses3", "Uses4", "Uses5");
	}

	@Test
	void theApiAnswersTheNetworkAndExpandsANode() throws Exception {
		String bearer = rep.bearer(users);
		mvc.perform(get("/api/v1/accounts/" + focus + "/network").param("depth", "2")
			.param("asOf", TODAY.toString())
			.param("kinds", "PARENT,SUPPLIER,POSITION")
			.header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.focus").value("account:" + focus))
			.andExpect(jsonPath("$.neighbourCap").value(NetworkView.NEIGHBOUR_CAP))
			.andExpect(jsonPath("$.truncated").value(false))
			.andExpect(jsonPath("$.nodes[*].id",
					containsInAnyOrder("account:" + focus, "account:" + supplier, "account:" + subsidiary,
							"contact:" + keyPerson, "contact:" + supplierBuyer, "account:" + otherEmployer)))
			.andExpect(jsonPath("$.edges[*].kind", hasItem("SUPPLIER")));

		mvc.perform(get("/api/v1/network/expand").param("node", "account:" + supplier)
			.header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nodes[*].id",
					containsInAnyOrder("account:" + supplier, "account:" + focus, "contact:" + supplierBuyer)))
			.andExpect(jsonPath("$.nodes[?(@.id == 'contact:" + supplierBuyer + "')].name")
				.value(hasItem("Buyer " + unique)))
			.andExpect(jsonPath("$.edges[*].source", everyItem(not(is("account:" + hiddenCustomer)))));
		mvc.perform(get("/api/v1/network/expand").param("node", "contact:" + keyPerson)
			.header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(jsonPath("$.nodes[*].id", containsInAnyOrder("contact:" + keyPerson, "account:" + focus,
					"account:" + otherEmployer, "contact:" + friend)));
	}

	@Test
	void aHiddenNodeCannotBeExpandedAndBadParametersAreProblems() throws Exception {
		String bearer = rep.bearer(users);
		assertThatThrownBy(() -> users.as(rep,
				() -> network.expand("account:" + hiddenCustomer, TODAY, NetworkFilter.everything())))
			.isInstanceOf(RecordNotFoundException.class);
		mvc.perform(get("/api/v1/network/expand").param("node", "account:" + hiddenCustomer)
			.header(HttpHeaders.AUTHORIZATION, bearer)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/network/expand").param("node", "company-7").header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/accounts/" + focus + "/network").param("kinds", "ENEMY")
			.header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/accounts/" + focus + "/network").param("depth", "3")
			.header(HttpHeaders.AUTHORIZATION, bearer)).andExpect(status().isBadRequest());
	}

	private Network around(int depth, LocalDate day, NetworkFilter filter) {
		return users.as(rep, () -> network.aroundAccount(focus, depth, day, filter));
	}

	/** The node names without the test's unique suffix. */
	private List<String> names(Network network) {
		return network.nodes().stream().map(node -> node.name().replace(" " + unique, "").replace(unique, "")).toList();
	}

	private void link(long from, long to, CompanyLinkKind kind, LocalDate since, LocalDate until) {
		users.as(admin, () -> links.create(new SaveCompanyLink(from, to, kind, null, since, until, null)));
	}

	private void join(long account, long contact, BuyingRole role, LocalDate from, LocalDate to) {
		users.as(admin, () -> org.join(account, new JoinAccount(contact, "Title", null, null, role, from, to, null)));
	}

	private long account(String name) {
		return as(() -> accounts.create(new SaveAccount(name + " " + unique, null)).id());
	}

	private long contact(String name) {
		return as(() -> contacts.create(SaveContact.named(unique, name)).id());
	}

	private <T> T as(Supplier<T> work) {
		return users.as(rep, work);
	}

}
