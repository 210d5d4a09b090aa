package io.guanxi.customer;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.ProfileSection.Subject;
import io.guanxi.platform.AccessDeniedProblem;
import io.guanxi.platform.HistoryEntry;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.platform.Role;
import io.guanxi.platform.StaleVersionException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Finding likely duplicates, merging them with everything they have, and dismissing them;
 * each test works with a fresh rep's own records.
 */
@IntegrationTest
class DuplicatesIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	Duplicates duplicates;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Autowired
	TagService tags;

	@Autowired
	CustomFieldService fields;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate template;

	TestUser admin;

	TestUser rep;

	String unique;

	final List<Long> definedFields = new ArrayList<>();

	@BeforeEach
	void organisation() {
		admin = users.create(Role.ADMIN);
		rep = users.create(Role.SALES_REP);
		unique = UUID.randomUUID().toString().substring(0, 8);
	}

	@AfterEach
	void deleteDefinedFields() {
		users.as(admin, () -> {
			definedFields.forEach(id -> fields.delete(id, fields.get(id).version()));
			return null;
		});
	}

	@Test
	void findsTheSamePhoneWrittenInAnotherFormat() {
		String number = "138" + digits(8);
		long first = account(rep, "Alpha " + unique, null,
				"+86 " + number.substring(0, 3) + " " + number.substring(3, 7) + " " + number.substring(7), null);
		long second = account(rep, "Beta " + unique, null, number, null);
		long other = account(rep, "Gamma " + unique, null, "139" + digits(8), null);

		List<DuplicateCandidate> found = candidates(rep, Subject.ACCOUNT, first);

		assertThat(found).extracting(DuplicateCandidate::id).contains(second).doesNotContain(other, first);
		DuplicateCandidate match = found.stream().filter(c -> c.id() == second).findFirst().orElseThrow();
		assertThat(match.reasons()).containsExactly(DuplicateReason.PHONE);
		assertThat(match.score()).isEqualTo(1.0);

		String mobileNumber = "138" + digits(8);
		long mobile = contact(rep, "王", "芳" + unique, "+86 " + mobileNumber, null, null);
		long office = contact(rep, "李", "雷" + unique, null, mobileNumber, null);
		assertThat(candidates(rep, Subject.CONTACT, mobile)).extracting(DuplicateCandidate::id).containsExactly(office);
	}

	@Test
	void findsTheSameEmailWhateverItsCase() {
		long first = account(rep, "Delta " + unique, null, null, "Sales@" + unique + ".Example.COM");
		long second = account(rep, "Epsilon " + unique, null, null, "sales@" + unique + ".example.com");
		assertThat(candidates(rep, Subject.ACCOUNT, first)).singleElement()
			.satisfies(match -> assertThat(match.id()).isEqualTo(second))
			.satisfies(match -> assertThat(match.reasons()).containsExactly(DuplicateReason.EMAIL));

		long person = contact(rep, "Weber", "Thomas", null, null, "Thomas.Weber@" + unique + ".example");
		long same = contact(rep, "Weber", "Tom", null, null, "thomas.weber@" + unique + ".EXAMPLE");
		assertThat(candidates(rep, Subject.CONTACT, same)).extracting(DuplicateCandidate::id).containsExactly(person);
	}

	@Test
	void findsSimilarCompanyNamesInTheSameCityOnly() {
		// cities of this test alone: other tests write accounts with the same names
		long huawei = account(rep, "华为技术有限公司", "深圳" + unique, null, null);
		long sameCity = account(rep, "华为技术", "深圳" + unique, null, null);
		long otherCity = account(rep, "华为技术", "北京" + unique, null, null);
		long notSimilar = account(rep, "华为软件", "深圳" + unique, null, null);
		long siemens = account(rep, "Siemens Ltd.", "München " + unique, null, null);
		long siemensLimited = account(rep, "Siemens Limited", "München " + unique, null, null);

		List<DuplicateCandidate> found = candidates(rep, Subject.ACCOUNT, huawei);
		assertThat(found).extracting(DuplicateCandidate::id).containsExactly(sameCity);
		assertThat(found.get(0).reasons()).containsExactly(DuplicateReason.NAME);
		assertThat(candidates(rep, Subject.ACCOUNT, siemens)).extracting(DuplicateCandidate::id)
			.containsExactly(siemensLimited);
	}

	@Test
	void aRepSeesNoCandidatesOfAnotherRep() {
		TestUser otherRep = users.create(Role.SALES_REP);
		String phone = "+86 135 " + digits(4) + " " + digits(4);
		long mine = account(rep, "Mine " + unique, null, phone, null);
		long theirs = account(otherRep, "Theirs " + unique, null, phone, null);

		assertThat(candidates(rep, Subject.ACCOUNT, mine)).isEmpty();
		assertThat(candidates(admin, Subject.ACCOUNT, mine)).extracting(DuplicateCandidate::id).contains(theirs);
		assertThatThrownBy(() -> candidates(rep, Subject.ACCOUNT, theirs)).isInstanceOf(RecordNotFoundException.class);
	}

	@Test
	void theApiAnswersCandidatesAndHidesOthersRecords() throws Exception {
		long first = account(rep, "Api " + unique, null, null, "api@" + unique + ".example");
		long second = account(rep, "Api two " + unique, null, null, "API@" + unique + ".example");
		mvc.perform(
				get("/api/v1/accounts/" + first + "/duplicates").header(HttpHeaders.AUTHORIZATION, rep.bearer(users)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(second))
			.andExpect(jsonPath("$[0].reasons[0]").value("EMAIL"));
		mvc.perform(get("/api/v1/accounts/" + first + "/duplicates").header(HttpHeaders.AUTHORIZATION,
				users.create(Role.SALES_REP).bearer(users)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void mergingAccountsMovesEverythingAndKeepsTheChosenValues() {
		long survivor = account(rep, "Acme Ltd " + unique, "上海", "+86 21 5555 " + digits(4), null);
		String mergedPhone = "5555" + digits(4);
		long merged = users.as(rep,
				() -> accounts
					.create(new SaveAccount("Acme Limited " + unique, null, null, Industry.MANUFACTURING, null, null,
							null, "上海", null, null, "www.acme.example", "+86 21 " + mergedPhone, null, null, null, null,
							null, null, null))
					.id());
		long shared = contactAt(survivor, "共同");
		users.as(rep, () -> contacts.link(shared, merged, "采购", true));
		long onlyMerged = contactAt(merged, "转移");
		TagView red = tag("red");
		TagView blue = tag("blue");
		apply(Subject.ACCOUNT, survivor, red);
		apply(Subject.ACCOUNT, merged, red);
		apply(Subject.ACCOUNT, merged, blue);
		CustomFieldDefinition region = field(Subject.ACCOUNT, "sales_region");
		CustomFieldDefinition budget = field(Subject.ACCOUNT, "budget");
		users.as(rep, () -> fields.setValues(Subject.ACCOUNT, survivor, Map.of(region.code(), "East")));
		users.as(rep,
				() -> fields.setValues(Subject.ACCOUNT, merged, Map.of(region.code(), "North", budget.code(), "1 M")));
		long interaction = interaction(merged);

		AccountDetails result = users.as(rep,
				() -> duplicates.mergeAccounts(new MergeRecords(survivor, merged, version(survivor), version(merged),
						Map.of("phone", MergeSide.MERGED, "field." + region.code(), MergeSide.MERGED))));

		assertThat(result.id()).isEqualTo(survivor);
		assertThat(result.name()).isEqualTo("Acme Ltd " + unique);
		assertThat(result.phoneE164()).isEqualTo("+8621" + mergedPhone);
		assertThat(result.website()).isEqualTo("www.acme.example");
		assertThat(result.industry()).isEqualTo(Industry.MANUFACTURING);
		assertThat(result.notes()).contains("#" + merged);
		assertThat(users.as(rep, () -> contacts.contactsOf(survivor))).extracting(AccountContact::contactId)
			.containsExactlyInAnyOrder(shared, onlyMerged);
		assertThat(jdbc.sql("select count(*) from customer_account_contact where account_id = :a and contact_id = :c")
			.param("a", survivor)
			.param("c", shared)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(users.as(rep, () -> tags.tagsOf(Subject.ACCOUNT, survivor))).extracting(TagView::id)
			.containsExactlyInAnyOrder(red.id(), blue.id());
		assertThat(users.as(rep, () -> fields.valuesOf(Subject.ACCOUNT, survivor)))
			.containsEntry(region.code(), "North")
			.containsEntry(budget.code(), "1 M");
		assertThat(jdbc.sql("select account_id from customer_interaction where id = :id")
			.param("id", interaction)
			.query(Long.class)
			.single()).isEqualTo(survivor);

		assertThatThrownBy(() -> users.as(rep, () -> accounts.get(merged))).isInstanceOf(RecordNotFoundException.class);
		assertThat(jdbc.sql("select revtype from customer_account_aud where id = :id order by rev")
			.param("id", merged)
			.query(Integer.class)
			.list()).startsWith(0).endsWith(2);
		List<HistoryEntry> history = users.as(rep, () -> accounts.history(survivor));
		assertThat(history.get(0).kind()).isEqualTo(HistoryEntry.Kind.CHANGED);
		assertThat(history.get(0).changes()).extracting(HistoryEntry.Change::field).contains("phone", "notes");
	}

	@Test
	void aStaleVersionRefusesTheMergeAndLeavesBothRecords() throws Exception {
		long survivor = account(rep, "Stale one " + unique, null, null, null);
		long merged = account(rep, "Stale two " + unique, null, null, null);
		long contact = contactAt(merged, "留下");
		long seen = version(merged);
		users.as(rep, () -> accounts.update(merged, new SaveAccount("Stale two " + unique + " renamed", null), seen));

		assertThatThrownBy(() -> users.as(rep,
				() -> duplicates.mergeAccounts(new MergeRecords(survivor, merged, version(survivor), seen, null))))
			.isInstanceOf(StaleVersionException.class);
		mvc.perform(post("/api/v1/accounts/merge").header(HttpHeaders.AUTHORIZATION, rep.bearer(users))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"survivorId": %d, "mergedId": %d, "survivorVersion": %d, "mergedVersion": %d,
					 "fields": {"name": "merged"}}""".formatted(survivor, merged, version(survivor), seen)))
			.andExpect(status().isPreconditionFailed())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

		assertThat(users.as(rep, () -> accounts.get(merged)).name()).isEqualTo("Stale two " + unique + " renamed");
		assertThat(users.as(rep, () -> accounts.get(survivor)).name()).isEqualTo("Stale one " + unique);
		assertThat(users.as(rep, () -> contacts.contactsOf(merged))).extracting(AccountContact::contactId)
			.containsExactly(contact);
	}

	@Test
	void aRepNeitherComparesNorMergesAnotherRepsRecords() {
		TestUser otherRep = users.create(Role.SALES_REP);
		long mine = account(rep, "Mine to merge " + unique, null, null, null);
		long theirs = account(otherRep, "Theirs to merge " + unique, null, null, null);
		long theirVersion = users.as(otherRep, () -> accounts.get(theirs)).version();
		long myContact = contact(rep, "我", unique, null, null, null);
		long theirContact = contact(otherRep, "他", unique, null, null, null);
		long theirContactVersion = users.as(otherRep, () -> contacts.get(theirContact)).version();

		assertThatThrownBy(() -> users.as(rep, () -> duplicates.preview(Subject.ACCOUNT, mine, theirs)))
			.isInstanceOf(RecordNotFoundException.class)
			.hasMessage("account " + theirs + " not found");
		assertThatThrownBy(() -> users.as(rep,
				() -> duplicates.mergeAccounts(new MergeRecords(mine, theirs, version(mine), theirVersion, null))))
			.isInstanceOf(RecordNotFoundException.class)
			.hasMessage("account " + theirs + " not found");
		assertThatThrownBy(() -> users.as(rep, () -> duplicates.preview(Subject.CONTACT, theirContact, myContact)))
			.isInstanceOf(RecordNotFoundException.class)
			.hasMessage("contact " + theirContact + " not found");
		assertThatThrownBy(() -> users.as(rep,
				() -> duplicates.mergeContacts(new MergeRecords(myContact, theirContact, contactVersion(myContact),
						theirContactVersion, null))))
			.isInstanceOf(RecordNotFoundException.class)
			.hasMessage("contact " + theirContact + " not found");

		assertThat(users.as(otherRep, () -> accounts.get(theirs)).version()).isEqualTo(theirVersion);
		assertThat(users.as(otherRep, () -> contacts.get(theirContact)).version()).isEqualTo(theirContactVersion);
	}

	@Test
	void theApiMergesAccountsWithFieldChoices() throws Exception {
		long survivor = account(rep, "Api keep " + unique, null, null, null);
		long merged = account(rep, "Api name " + unique, "杭州", null, null);
		mvc.perform(post("/api/v1/accounts/merge").header(HttpHeaders.AUTHORIZATION, rep.bearer(users))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"survivorId": %d, "mergedId": %d, "survivorVersion": %d, "mergedVersion": %d,
					 "fields": {"name": "merged"}}""".formatted(survivor, merged, version(survivor), version(merged))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(survivor))
			.andExpect(jsonPath("$.name").value("Api name " + unique))
			.andExpect(jsonPath("$.city").value("杭州"));
		mvc.perform(post("/api/v1/accounts/merge").header(HttpHeaders.AUTHORIZATION, rep.bearer(users))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"survivorId": %d, "mergedId": %d, "survivorVersion": 0, "mergedVersion": 0}""".formatted(survivor,
					survivor)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void mergingContactsMovesLinksTagsFieldsAndInteractions() {
		long account = account(rep, "Contact home " + unique, null, null, null);
		long otherAccount = account(rep, "Contact second " + unique, null, null, null);
		long survivor = contact(rep, "张", "伟" + unique, "+86 139 " + digits(4) + " " + digits(4), null, null);
		long merged = contact(rep, "张", "伟" + unique, null, null, "zhang.wei@" + unique + ".example");
		users.as(rep, () -> contacts.link(survivor, account, "经理", false));
		users.as(rep, () -> contacts.link(merged, account, "总经理", true));
		users.as(rep, () -> contacts.link(merged, otherAccount, "顾问", false));
		TagView vip = tag("vip");
		apply(Subject.CONTACT, merged, vip);
		CustomFieldDefinition hobby = field(Subject.CONTACT, "hobby");
		users.as(rep, () -> fields.setValues(Subject.CONTACT, merged, Map.of(hobby.code(), "围棋")));
		long interaction = interaction(account);
		jdbc.sql("insert into customer_interaction_contact (interaction_id, contact_id) values (:i, :c)")
			.param("i", interaction)
			.param("c", merged)
			.update();
		assertThat(candidates(rep, Subject.CONTACT, survivor)).extracting(DuplicateCandidate::id).contains(merged);

		ContactDetails result = users.as(rep, () -> duplicates
			.mergeContacts(new MergeRecords(survivor, merged, contactVersion(survivor), contactVersion(merged), null)));

		assertThat(result.email()).isEqualTo("zhang.wei@" + unique + ".example");
		assertThat(result.accounts()).extracting(ContactAccount::accountId)
			.containsExactlyInAnyOrder(account, otherAccount);
		assertThat(result.accounts()).filteredOn(link -> link.accountId() == account)
			.singleElement()
			.satisfies(link -> assertThat(link.primary()).isTrue());
		assertThat(users.as(rep, () -> tags.tagsOf(Subject.CONTACT, survivor))).extracting(TagView::id)
			.containsExactly(vip.id());
		assertThat(users.as(rep, () -> fields.valuesOf(Subject.CONTACT, survivor))).containsEntry(hobby.code(), "围棋");
		assertThat(jdbc.sql("select contact_id from customer_interaction_contact where interaction_id = :i")
			.param("i", interaction)
			.query(Long.class)
			.list()).containsExactly(survivor);
		assertThatThrownBy(() -> users.as(rep, () -> contacts.get(merged))).isInstanceOf(RecordNotFoundException.class);
		assertThat(jdbc.sql("select count(*) from customer_contact_aud where id = :id and revtype = 2")
			.param("id", merged)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(users.as(rep, () -> contacts.history(survivor)).get(0).kind()).isEqualTo(HistoryEntry.Kind.CHANGED);
	}

	@Test
	void aDismissedPairStaysDismissedAcrossScans() throws Exception {
		String phone = "+86 136 " + digits(4) + " " + digits(4);
		long first = account(rep, "Scan one " + unique, null, phone, null);
		long second = account(rep, "Scan two " + unique, null, phone, null);
		users.as(admin, duplicates::scan);
		List<DuplicatePair> open = users.as(rep, () -> duplicates.openPairs(Subject.ACCOUNT, null, null, 50));
		assertThat(open).singleElement().satisfies(pair -> {
			assertThat(pair.leftId()).isEqualTo(Math.min(first, second));
			assertThat(pair.rightId()).isEqualTo(Math.max(first, second));
			assertThat(pair.reason()).isEqualTo(DuplicateReason.PHONE);
		});

		mvc.perform(post("/api/v1/quality/duplicates/" + open.get(0).id() + "/dismiss")
			.header(HttpHeaders.AUTHORIZATION, users.create(Role.SALES_REP).bearer(users)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/quality/duplicates/" + open.get(0).id() + "/dismiss")
			.header(HttpHeaders.AUTHORIZATION, rep.bearer(users))).andExpect(status().isNoContent());
		users.as(admin, duplicates::scan);

		assertThat(users.as(rep, () -> duplicates.openPairs(Subject.ACCOUNT, null, null, 50))).isEmpty();
		assertThat(candidates(rep, Subject.ACCOUNT, first)).isEmpty();
	}

	@Test
	void theScanPairsSimilarNamesAndContactsAtTheSameAccount() {
		long one = account(rep, "Bosch " + unique + " GmbH", "Stuttgart " + unique, null, null);
		long two = account(rep, "Bosch " + unique, "Stuttgart " + unique, null, null);
		long home = account(rep, "Bosch home " + unique, null, null, null);
		long anna = contactAt(home, "安娜" + unique);
		long anna2 = contactAt(home, "安娜" + unique);
		users.as(admin, duplicates::scan);

		assertThat(users.as(rep, () -> duplicates.openPairs(Subject.ACCOUNT, null, null, 50)))
			.extracting(DuplicatePair::leftId, DuplicatePair::rightId, DuplicatePair::reason)
			.containsExactly(tuple(one, two, DuplicateReason.NAME));
		assertThat(users.as(rep, () -> duplicates.openPairs(Subject.CONTACT, null, null, 50)))
			.extracting(DuplicatePair::leftId, DuplicatePair::rightId)
			.containsExactly(tuple(anna, anna2));
		assertThatThrownBy(() -> users.as(rep, duplicates::scan)).isInstanceOf(AccessDeniedProblem.class);
	}

	@Test
	void aNewAccountFindsItsOldTwinBehindManyNewerAccountsOfTheCity() {
		// more accounts of the same city and initial between the two than the finder
		// reads by age (300), written in bulk
		String city = "Crowded " + unique;
		long old = insertAccounts(rep, List.of("Kestrel " + unique + " Trading GmbH"), city, null).get(0);
		insertAccounts(users.create(Role.SALES_REP), names(310, i -> "K" + letters(9)), city, null);
		long fresh = insertAccounts(rep, List.of("Kestrel " + unique + " Tradnig"), city, null).get(0);

		// the administrator sees every account of the city, as a director would
		assertThat(candidates(admin, Subject.ACCOUNT, fresh)).extracting(DuplicateCandidate::id).containsExactly(old);
		assertThat(candidates(admin, Subject.ACCOUNT, old)).extracting(DuplicateCandidate::id).containsExactly(fresh);
		assertThat(candidates(rep, Subject.ACCOUNT, fresh)).extracting(DuplicateCandidate::id).containsExactly(old);
	}

	@Test
	void theScanFindsNewDuplicatesBehindManyOlderRecordsWithTheSameKey() throws Exception {
		// more older records than the first scan read of a phone group (20) and of a name
		// block (200), owned by someone else; written in bulk, which keeps the test fast
		// and gives the new records the larger ids
		TestUser other = users.create(Role.SALES_REP);
		String phone = "+86137" + digits(8);
		String city = "Block " + unique;
		long home = account(rep, "Block home " + unique, null, null, null);
		List<Long> samePhone = insertAccounts(other, names(25, i -> "Switchboard " + unique + " " + i), null, phone);
		insertAccounts(other, names(210, i -> "K" + letters(9)), city, null);
		insertContactsAt(home, other, names(210, i -> "Filler " + letters(9)));

		List<Long> phones = insertAccounts(rep, List.of("Phone one " + unique, "Phone two " + unique), null, phone);
		List<Long> similar = insertAccounts(rep,
				List.of("Kestrel " + unique + " Trading GmbH", "Kestrel " + unique + " Tradnig"), city, null);
		List<Long> annas = insertContactsAt(home, rep, List.of("安娜" + unique, "安娜 " + unique));
		mvc.perform(post("/api/v1/quality/duplicates/scan").header(HttpHeaders.AUTHORIZATION, admin.bearer(users)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.truncated").value(false));

		assertThat(users.as(rep, () -> duplicates.openPairs(Subject.ACCOUNT, null, null, 50)))
			.extracting(DuplicatePair::leftId, DuplicatePair::rightId, DuplicatePair::reason)
			.containsExactlyInAnyOrder(tuple(phones.get(0), phones.get(1), DuplicateReason.PHONE),
					tuple(similar.get(0), similar.get(1), DuplicateReason.NAME));
		assertThat(users.as(rep, () -> duplicates.openPairs(Subject.CONTACT, null, null, 50)))
			.extracting(DuplicatePair::leftId, DuplicatePair::rightId)
			.containsExactly(tuple(annas.get(0), annas.get(1)));
		// everyone with the number is paired with its oldest record, and the rep's second
		// with the rep's first: 27 pairs where pairing everyone would make 351
		long oldest = samePhone.get(0);
		assertThat(jdbc.sql("""
				select left_id, right_id from customer_duplicate_pair
				where record_type = 'ACCOUNT' and reason = 'PHONE' and right_id in (:ids)""")
			.param("ids", concat(samePhone, phones))
			.query((rs, row) -> tuple(rs.getLong(1), rs.getLong(2)))
			.list()).hasSize(27)
			.contains(tuple(oldest, samePhone.get(24)), tuple(oldest, phones.get(1)),
					tuple(phones.get(0), phones.get(1)));
	}

	private List<DuplicateCandidate> candidates(TestUser user, Subject subject, long id) {
		return users.as(user, () -> duplicates.candidates(subject, id));
	}

	private long account(TestUser owner, String name, @Nullable String city, @Nullable String phone,
			@Nullable String email) {
		return users.as(owner,
				() -> accounts
					.create(new SaveAccount(name, null, null, null, null, null, null, city, null, null, null, phone,
							email, null, null, null, null, null, null))
					.id());
	}

	private long contact(TestUser owner, String family, String given, @Nullable String mobile, @Nullable String phone,
			@Nullable String email) {
		return users.as(owner,
				() -> contacts
					.create(new SaveContact(family, given, null, null, mobile, phone, email, null, null, null, null,
							null, null, null, null))
					.id());
	}

	private long contactAt(long accountId, String given) {
		return users.as(rep, () -> contacts.createAt(accountId, SaveContact.named("测试", given)).id());
	}

	private long version(long accountId) {
		return users.as(rep, () -> accounts.get(accountId)).version();
	}

	private long contactVersion(long contactId) {
		return users.as(rep, () -> contacts.get(contactId)).version();
	}

	private TagView tag(String name) {
		return users.as(admin, () -> tags.create(new SaveTag(name + "-" + unique, "#336699")));
	}

	private void apply(Subject subject, long recordId, TagView tag) {
		users.as(rep, () -> {
			tags.apply(subject, recordId, tag.id());
			return null;
		});
	}

	private CustomFieldDefinition field(Subject subject, String code) {
		CustomFieldDefinition field = users.as(admin, () -> fields.create(new SaveCustomField(subject,
				code + "_" + unique, code + " " + unique, null, FieldType.TEXT, null, false, true)));
		definedFields.add(field.id());
		return field;
	}

	private long interaction(long accountId) {
		long id = jdbc.sql("select nextval('customer_interaction_seq')").query(Long.class).single();
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		jdbc.sql("""
				insert into customer_interaction (id, account_id, channel, subject, occurred_at, version, created_at,
				    updated_at)
				values (:id, :account, 'CALL', 'Test call', :now, 0, :now, :now)""")
			.param("id", id)
			.param("account", accountId)
			.param("now", now)
			.update();
		return id;
	}

	private List<Long> insertAccounts(TestUser owner, List<String> names, @Nullable String city,
			@Nullable String phoneE164) {
		List<Long> ids = ids("customer_account_seq", names.size());
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			rows.add(new Object[] { ids.get(i), names.get(i), owner.id(), now, now, city, phoneE164, phoneE164 });
		}
		template.batchUpdate(
				"""
						insert into customer_account (id, name, owner_id, version, created_at, updated_at, city, phone, phone_e164)
						values (?, ?, ?, 0, ?, ?, ?, ?, ?)""",
				rows);
		return ids;
	}

	private List<Long> insertContactsAt(long accountId, TestUser owner, List<String> names) {
		List<Long> ids = ids("customer_contact_seq", names.size());
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> contactRows = new ArrayList<>();
		List<Object[]> linkRows = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			contactRows.add(new Object[] { ids.get(i), names.get(i), owner.id(), now, now });
			linkRows.add(new Object[] { accountId, ids.get(i), now });
		}
		template.batchUpdate("""
				insert into customer_contact (id, full_name, owner_id, version, created_at, updated_at)
				values (?, ?, ?, 0, ?, ?)""", contactRows);
		template.batchUpdate(
				"insert into customer_account_contact (account_id, contact_id, created_at) values (?, ?, ?)", linkRows);
		return ids;
	}

	private static List<String> names(int count, IntFunction<String> name) {
		return IntStream.range(0, count).mapToObj(name).toList();
	}

	private static List<Long> concat(List<Long> one, List<Long> other) {
		List<Long> both = new ArrayList<>(one);
		both.addAll(other);
		return both;
	}

	/**
	 * Ids from a sequence the way Hibernate's pooled optimizer takes them: each value
	 * fetched is the top of a block of 50 (see AccountIds), so they never meet JPA's.
	 */
	private List<Long> ids(String sequence, int count) {
		List<Long> ids = new ArrayList<>();
		while (ids.size() < count) {
			long top = jdbc.sql("select nextval('" + sequence + "')").query(Long.class).single();
			for (long id = top - 49; top > 51 && id <= top && ids.size() < count; id++) {
				ids.add(id);
			}
		}
		return ids;
	}

	private static String letters(int count) {
		StringBuilder letters = new StringBuilder();
		for (int i = 0; i < count; i++) {
			letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return letters.toString();
	}

	private static String digits(int count) {
		StringBuilder digits = new StringBuilder();
		for (int i = 0; i < count; i++) {
			digits.append(ThreadLocalRandom.current().nextInt(10));
		}
		return digits.toString();
	}

}
