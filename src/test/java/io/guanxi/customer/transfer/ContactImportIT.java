package io.guanxi.customer.transfer;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.AccountDetails;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.ContactAccount;
import io.guanxi.customer.ContactDetails;
import io.guanxi.customer.ContactService;
import io.guanxi.customer.ContactsImported;
import io.guanxi.customer.CustomerHit;
import io.guanxi.customer.CustomerSearch;
import io.guanxi.customer.SaveAccount;
import io.guanxi.customer.SaveContact;
import io.guanxi.platform.HistoryEntry;
import io.guanxi.platform.Role;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static io.guanxi.customer.transfer.ImportClient.options;
import static io.guanxi.customer.transfer.ImportClient.read;
import static io.guanxi.customer.transfer.ImportClient.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ContactImportIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Autowired
	CustomerSearch search;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ConfigurableApplicationContext context;

	TestUser rep;

	ImportClient api;

	String tag;

	/** A Chinese given name of eight characters, unique to the test. */
	String given;

	@BeforeEach
	void signIn() {
		rep = users.create(Role.SALES_REP);
		api = new ImportClient(mvc, rep.bearer(users), "/api/v1/contacts/imports");
		tag = UUID.randomUUID().toString().substring(0, 8);
		String characters = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明";
		given = tag.chars()
			.mapToObj(c -> String.valueOf(characters.charAt(Character.digit(c, 16))))
			.reduce("", String::concat);
	}

	/**
	 * Full names to split; rows 3 (mobile), 4 (e-mail) and 5 (an unknown account) are
	 * bad; rows 2 and 6 are good, at an account in China and one in Germany.
	 */
	private byte[] fileWithThreeBadRows() {
		account("华星 " + tag, "CN");
		account("Siemens " + tag, "DE");
		return utf8("""
				姓名,手机,办公电话,邮箱,公司,职位,生日,首选语言,请勿联系
				王%2$s,138 0013 8001,,wang.%1$s@example.com,华星 %1$s,采购经理,1985-03-15,中文,否
				Bad Phone %1$s,12345,,,,,,,
				Bad Mail %1$s,,,not-an-email,,,,,
				Ghost %1$s,139 0000 0000,,,No Such Co %1$s,,,,
				Emily Chen%1$s,,030 12345678,emily.%1$s@example.com,siemens %1$s,Buyer,,English,yes
				""".formatted(tag, given));
	}

	@Test
	void validRowsOnlyImportsTheGoodRowsLinkedFoundBySearchAndReportsExactlyTheBadOnes() throws Exception {
		List<ContactsImported> events = new CopyOnWriteArrayList<>();
		ApplicationListener<ApplicationEvent> listener = event -> {
			if (event instanceof PayloadApplicationEvent<?> payload
					&& payload.getPayload() instanceof ContactsImported imported) {
				events.add(imported);
			}
		};
		context.addApplicationListener(listener);
		String job;
		try {
			job = api.run("contacts.csv", fileWithThreeBadRows(), options("VALID_ROWS_ONLY", "SKIP"));
		}
		finally {
			context.removeApplicationListener(listener);
		}

		assertThat((String) read(job, "$.status")).isEqualTo("DONE");
		assertThat((Integer) read(job, "$.created")).isEqualTo(2);
		assertThat((List<Integer>) read(job, "$.errors[*].row")).containsExactly(3, 4, 5);
		assertThat((List<String>) read(job, "$.errors[*].field")).containsExactly("mobile", "email", "account");
		assertThat((List<String>) read(job, "$.errors[*].column")).containsExactly("手机", "邮箱", "公司");
		assertThat((String) read(job, "$.errors[2].message")).contains("No Such Co " + tag);
		assertThat(names()).containsExactlyInAnyOrder("王" + given, "Emily Chen" + tag);
		long jobId = ((Number) read(job, "$.id")).longValue();
		assertThat(events).containsExactly(new ContactsImported(jobId, rep.id(), 2, 0));

		ContactDetails wang = find("王" + given);
		assertThat(wang.familyName()).isEqualTo("王");
		assertThat(wang.givenName()).isEqualTo(given);
		assertThat(wang.mobileE164()).isEqualTo("+8613800138001");
		assertThat(wang.birthday()).isEqualTo(LocalDate.of(1985, 3, 15));
		assertThat(wang.preferredLanguage()).isEqualTo("zh-CN");
		assertThat(wang.ownerId()).isEqualTo(rep.id());
		assertThat(wang.accounts()).extracting(ContactAccount::accountName, ContactAccount::jobTitle)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("华星 " + tag, "采购经理"));
		ContactDetails emily = find("Emily Chen" + tag);
		assertThat(emily.givenName()).isEqualTo("Emily");
		assertThat(emily.phone()).isEqualTo("+49 30 12345678");
		assertThat(emily.phoneE164()).isEqualTo("+493012345678");
		assertThat(emily.doNotContact()).isTrue();
		assertThat(emily.preferredLanguage()).isEqualTo("en");
		assertThat(emily.accounts()).extracting(ContactAccount::accountName).containsExactly("Siemens " + tag);

		List<HistoryEntry> history = users.as(rep, () -> contacts.history(wang.id()));
		assertThat(history).singleElement().satisfies(entry -> {
			assertThat(entry.kind()).isEqualTo(HistoryEntry.Kind.CREATED);
			assertThat(entry.username()).isEqualTo(rep.username());
		});
		assertThat(searchFinds(given.substring(2, 4))).contains(wang.id());
		assertThat(searchFinds("138-0013-8001")).containsExactly(wang.id());
		assertThat(searchFinds("Chen" + tag)).contains(emily.id());
	}

	@Test
	void allOrNothingImportsNoneOfTheRowsAndSaysWhy() throws Exception {
		String job = api.run("contacts.csv", fileWithThreeBadRows(), options("ALL_OR_NOTHING", "SKIP"));

		assertThat((String) read(job, "$.status")).isEqualTo("REJECTED");
		assertThat((Integer) read(job, "$.created")).isZero();
		assertThat((List<Integer>) read(job, "$.errors[*].row")).containsExactly(3, 4, 5);
		assertThat(names()).isEmpty();
		assertThat(jdbc
			.sql("select count(*) from customer_account_contact l join customer_account a on a.id = "
					+ "l.account_id where a.name like ?")
			.param("% " + tag)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aDuplicateByMobileInAnotherFormatOrElseByEmailIsSkippedUpdatedOrCreated() throws Exception {
		ContactDetails existing = users.as(rep,
				() -> contacts.create(new SaveContact("张", given, null, null, "13800138000", null,
						"zhang." + tag + "@example.com", null, null, null, null, false, "北京", null, null)));
		byte[] file = utf8("""
				Family name,Given name,Mobile,E-mail,City
				张,%2$s,+86 138-0013-8000,,杭州
				Li,Lei%1$s,,ZHANG.%1$s@example.com,上海
				""".formatted(tag, given));

		String skipped = api.run("dup.csv", file, options("VALID_ROWS_ONLY", "SKIP"));
		assertThat((Integer) read(skipped, "$.skipped")).isEqualTo(2);
		assertThat(contact(existing.id()).city()).isEqualTo("北京");

		String updated = api.run("dup.csv", file, options("VALID_ROWS_ONLY", "UPDATE"));
		assertThat((Integer) read(updated, "$.updated")).isEqualTo(2);
		ContactDetails after = contact(existing.id());
		// the later row, matched by the e-mail, wins; empty cells keep what was there
		assertThat(after.fullName()).isEqualTo("Lei" + tag + " Li");
		assertThat(after.city()).isEqualTo("上海");
		assertThat(after.mobileE164()).isEqualTo("+8613800138000");
		assertThat(after.version()).isEqualTo(existing.version() + 1);
		assertThat(users.as(rep, () -> contacts.history(existing.id()))).hasSize(2);
		assertThat(searchFinds("Lei" + tag)).containsExactly(existing.id());

		String created = api.run("dup.csv", file, options("VALID_ROWS_ONLY", "CREATE"));
		assertThat((Integer) read(created, "$.created")).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from customer_contact where mobile_e164 = ? and owner_id = ?")
			.params("+8613800138000", rep.id())
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void readsGbkCsvFromChineseExcelAndXlsxWithDateCells() throws Exception {
		account("比亚迪 " + tag, "CN");
		byte[] gbk = ("姓,名,手机,所属公司\r\n刘," + given + ",0755-89888888,比亚迪 " + tag + "\r\n")
			.getBytes(Charset.forName("GBK"));
		assertThat((String) read(api.run("联系人.csv", gbk, null), "$.status")).isEqualTo("DONE");
		ContactDetails liu = find("刘" + given);
		assertThat(liu.mobileE164()).isEqualTo("+8675589888888");
		assertThat(liu.accounts()).extracting(ContactAccount::accountName).containsExactly("比亚迪 " + tag);

		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(xlsx, "test", "1.0");
		Worksheet sheet = workbook.newWorksheet("联系人");
		sheet.value(0, 0, "姓名");
		sheet.value(0, 1, "手机号码");
		sheet.value(0, 2, "出生日期");
		sheet.value(1, 0, "欧阳" + given);
		sheet.value(1, 1, 13900139000L);
		sheet.value(1, 2, LocalDate.of(1990, 12, 31));
		sheet.style(1, 2).format("yyyy-mm-dd").set();
		workbook.finish();
		String job = api.run("联系人.xlsx", xlsx.toByteArray(), null);
		assertThat((Integer) read(job, "$.created")).as(job).isEqualTo(1);
		ContactDetails ouyang = find("欧阳" + given);
		assertThat(ouyang.familyName()).isEqualTo("欧阳");
		assertThat(ouyang.mobileE164()).isEqualTo("+8613900139000");
		assertThat(ouyang.birthday()).isEqualTo(LocalDate.of(1990, 12, 31));
	}

	@Test
	void aRepCannotLinkToAnAccountTheyCannotSeeNorGuessWhichOfTwo() throws Exception {
		TestUser stranger = users.create(Role.SALES_REP);
		users.as(stranger, () -> accounts.create(new SaveAccount("Hidden " + tag, null)));
		account("Twice " + tag, null);
		account("TWICE " + tag, null);
		byte[] file = utf8("Name,Company\nOne %1$s,Hidden %1$s\nTwo %1$s,twice %1$s\n".formatted(tag));

		String job = api.run("hidden.csv", file, options("VALID_ROWS_ONLY", "SKIP"));

		assertThat((List<Integer>) read(job, "$.errors[*].row")).containsExactly(2, 3);
		assertThat((List<String>) read(job, "$.errors[*].message")).containsExactly(
				"There is no account named \"Hidden " + tag
						+ "\" that you can see. Import or create the account first, or correct its name.",
				"2 accounts you can see are named \"twice " + tag
						+ "\". Leave the cell empty and link the contact on the right account's page.");
		assertThat(names()).isEmpty();

		String location = api.start("hidden.csv", file, null);
		mvc.perform(
				get(location.replace("/contacts/", "/accounts/")).header(HttpHeaders.AUTHORIZATION, rep.bearer(users)))
			.andExpect(status().isNotFound());
		mvc.perform(get(location).header(HttpHeaders.AUTHORIZATION, stranger.bearer(users)))
			.andExpect(status().isNotFound());
		api.awaitEnd(location);
	}

	@Test
	void theApiIsDocumentedAndRefusesAFileWithoutANameAsAProblem() throws Exception {
		mvc.perform(get("/api/docs/openapi.json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/contacts/imports'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/contacts/imports/{id}'].delete").exists())
			.andExpect(jsonPath("$.paths['/api/v1/accounts/imports'].post").exists());

		mvc.perform(multipart("/api/v1/contacts/imports")
			.file(new MockMultipartFile("file", "phones.csv", "text/csv", utf8("Mobile\n13800138000\n")))
			.header(HttpHeaders.AUTHORIZATION, rep.bearer(users)))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail")
				.value("Map a column to one of these fields: Full name (split in two) / Family name / Given name."));
	}

	private AccountDetails account(String name, String country) {
		return users.as(rep, () -> accounts.create(new SaveAccount(name, null, null, null, null, country, null, null,
				null, null, null, null, null, null, null, null, null, null, null)));
	}

	private List<Long> searchFinds(String query) {
		return users.as(rep, () -> search.search(query, 20))
			.stream()
			.filter(hit -> hit.type() == CustomerHit.Type.CONTACT)
			.map(CustomerHit::id)
			.toList();
	}

	private ContactDetails find(String fullName) {
		long id = jdbc.sql("select id from customer_contact where full_name = ? and owner_id = ?")
			.params(fullName, rep.id())
			.query(Long.class)
			.single();
		return contact(id);
	}

	private ContactDetails contact(long id) {
		return users.as(rep, () -> contacts.get(id));
	}

	private List<String> names() {
		return jdbc.sql("select full_name from customer_contact where owner_id = ?")
			.param(rep.id())
			.query(String.class)
			.list();
	}

}
