package io.guanxi.customer.transfer;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.AccountDetails;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.CustomerHit;
import io.guanxi.customer.CustomerSearch;
import io.guanxi.customer.Industry;
import io.guanxi.customer.SaveAccount;
import io.guanxi.platform.HistoryEntry;
import io.guanxi.platform.Role;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static io.guanxi.customer.transfer.ImportClient.options;
import static io.guanxi.customer.transfer.ImportClient.read;
import static io.guanxi.customer.transfer.ImportClient.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AccountImportIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CustomerSearch search;

	TestUser rep;

	ImportClient api;

	String tag;

	@BeforeEach
	void signIn() {
		rep = users.create(Role.SALES_REP);
		api = new ImportClient(mvc, rep.bearer(users));
		tag = UUID.randomUUID().toString().substring(0, 8);
	}

	/**
	 * Header, a good row, a bad phone (row 3), a duplicate of an existing account by its
	 * phone (row 4), another good row.
	 */
	private byte[] fileWithOneBadRowAndOneDuplicate() {
		users.as(rep, () -> accounts.create(new SaveAccount("Existing " + tag, null, null, null, null, "CN", null,
				"深圳市", null, null, null, "0755-2878 0808", null, null, null, null, null, null, null)));
		return utf8("""
				客户名称,电话,行业,城市,负责人
				华为 %1$s,138 0013 8000,信息技术,深圳市,%2$s
				坏电话 %1$s,12345,TELECOM,深圳市,
				Duplicate %1$s,+86 755 2878 0808,,,
				腾讯 %1$s,,Finance and banking,北京市,
				""".formatted(tag, rep.username()));
	}

	@Test
	void validRowsOnlyImportsTheGoodRowsAndReportsExactlyTheBadRow() throws Exception {
		String job = api.run("accounts.csv", fileWithOneBadRowAndOneDuplicate(), options("VALID_ROWS_ONLY", "SKIP"));

		assertThat((String) read(job, "$.status")).isEqualTo("DONE");
		assertThat((Integer) read(job, "$.created")).isEqualTo(2);
		assertThat((Integer) read(job, "$.skipped")).isEqualTo(1);
		assertThat((Integer) read(job, "$.errorRows")).isEqualTo(1);
		assertThat((List<Integer>) read(job, "$.errors[*].row")).containsExactly(3);
		assertThat((List<String>) read(job, "$.errors[*].field")).containsExactly("phone");
		assertThat((List<String>) read(job, "$.errors[*].column")).containsExactly("电话");
		assertThat(names()).containsExactlyInAnyOrder("Existing " + tag, "华为 " + tag, "腾讯 " + tag);

		AccountDetails huawei = find("华为 " + tag);
		assertThat(huawei.phoneE164()).isEqualTo("+8613800138000");
		assertThat(huawei.industry()).isEqualTo(Industry.TECHNOLOGY);
		assertThat(huawei.ownerId()).isEqualTo(rep.id());
		assertThat(find("腾讯 " + tag).industry()).isEqualTo(Industry.FINANCE);
		// found by search, which reads the terms the import wrote
		assertThat(users.as(rep, () -> search.search("138-0013-8000", 10))).extracting(CustomerHit::id)
			.containsExactly(huawei.id());
		List<HistoryEntry> history = users.as(rep, () -> accounts.history(huawei.id()));
		assertThat(history).singleElement().satisfies(entry -> {
			assertThat(entry.kind()).isEqualTo(HistoryEntry.Kind.CREATED);
			assertThat(entry.username()).isEqualTo(rep.username());
		});
	}

	@Test
	void allOrNothingImportsNothingAndSaysWhy() throws Exception {
		String job = api.run("accounts.csv", fileWithOneBadRowAndOneDuplicate(), options("ALL_OR_NOTHING", "SKIP"));

		assertThat((String) read(job, "$.status")).isEqualTo("REJECTED");
		assertThat((Integer) read(job, "$.created")).isZero();
		assertThat((Integer) read(job, "$.errorRows")).isEqualTo(1);
		assertThat((List<Integer>) read(job, "$.errors[*].row")).containsExactly(3);
		assertThat(names()).containsExactly("Existing " + tag);
	}

	@Test
	void aDuplicateIsSkippedUpdatedOrCreatedAsChosen() throws Exception {
		AccountDetails existing = users.as(rep, () -> accounts.create(new SaveAccount("Dup Co " + tag, null)));
		// the same name in another case and with spaces around it
		byte[] file = utf8("Name,City,Tier\n  dup co " + tag.toUpperCase() + "  ,Hangzhou,A\n");

		assertThat((Integer) read(api.run("a.csv", file, options("VALID_ROWS_ONLY", "SKIP")), "$.skipped"))
			.isEqualTo(1);
		assertThat(find("Dup Co " + tag).city()).isNull();

		assertThat((Integer) read(api.run("a.csv", file, options("VALID_ROWS_ONLY", "UPDATE")), "$.updated"))
			.isEqualTo(1);
		AccountDetails updated = users.as(rep, () -> accounts.get(existing.id()));
		assertThat(updated.city()).isEqualTo("Hangzhou");
		assertThat(updated.tier()).hasToString("A");
		assertThat(updated.name()).isEqualTo("dup co " + tag.toUpperCase());
		assertThat(updated.version()).isEqualTo(existing.version() + 1);
		assertThat(users.as(rep, () -> accounts.history(existing.id()))).hasSize(2);
		assertThat(users.as(rep, () -> search.search("dup co " + tag, 10))).extracting(CustomerHit::id)
			.containsExactly(existing.id());

		assertThat((Integer) read(api.run("a.csv", file, options("VALID_ROWS_ONLY", "CREATE")), "$.created"))
			.isEqualTo(1);
		assertThat(names()).hasSize(2);
	}

	@Test
	void readsGbkCsvFromChineseExcelAndXlsx() throws Exception {
		byte[] gbk = ("客户名称,电话,城市,客户等级\r\n比亚迪 " + tag + ",0755-89888888,深圳市,B\r\n").getBytes(Charset.forName("GBK"));
		assertThat((String) read(api.run("比亚迪.csv", gbk, null), "$.status")).isEqualTo("DONE");
		AccountDetails byd = find("比亚迪 " + tag);
		assertThat(byd.city()).isEqualTo("深圳市");
		assertThat(byd.phoneE164()).isEqualTo("+8675589888888");

		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(xlsx, "test", "1.0");
		Worksheet sheet = workbook.newWorksheet("客户");
		sheet.value(0, 0, "公司名称");
		sheet.value(0, 1, "电话");
		sheet.value(0, 2, "行业");
		sheet.value(1, 0, "海康威视 " + tag);
		sheet.value(1, 1, 13800138000L);
		sheet.value(1, 2, "制造业");
		workbook.finish();
		String job = api.run("客户.xlsx", xlsx.toByteArray(), null);
		assertThat((Integer) read(job, "$.created")).as(job).isEqualTo(1);
		AccountDetails hikvision = find("海康威视 " + tag);
		assertThat(hikvision.phoneE164()).isEqualTo("+8613800138000");
		assertThat(hikvision.industry()).isEqualTo(Industry.MANUFACTURING);
	}

	@Test
	void aHundredThousandRowsImportWithExactlyThePlantedBadRowsReported() throws Exception {
		StringBuilder csv = new StringBuilder("\uFEFFName,Phone,E-mail,Country,City\n");
		for (int row = 2; row <= 100_001; row++) {
			String email = row == 1_001 ? "not-an-email" : "r" + row + "@example.com";
			String phone = row == 50_002 ? "12345" : row == 99_999 ? "" : String.valueOf(13_900_000_000L + row);
			String country = row == 99_999 ? "China" : "CN";
			csv.append("Bulk ")
				.append(tag)
				.append(' ')
				.append(row)
				.append(',')
				.append(phone)
				.append(',')
				.append(email)
				.append(',')
				.append(country)
				.append(",上海市\n");
		}
		String job = api.run("bulk.csv", utf8(csv.toString()), options("VALID_ROWS_ONLY", "SKIP"));

		assertThat((String) read(job, "$.status")).isEqualTo("DONE");
		assertThat((Integer) read(job, "$.totalRows")).isEqualTo(100_000);
		assertThat((Integer) read(job, "$.created")).isEqualTo(99_997);
		assertThat((Integer) read(job, "$.errorRows")).isEqualTo(3);
		assertThat((List<Integer>) read(job, "$.errors[*].row")).containsExactly(1_001, 50_002, 99_999);
		assertThat((List<String>) read(job, "$.errors[*].field")).containsExactly("email", "phone", "country");
		assertThat(count("Bulk " + tag + " %")).isEqualTo(99_997);
		assertThat(jdbc.sql("""
				select count(*) from customer_account_aud a join customer_account c on c.id = a.id
				where c.name like ? and a.revtype = 0
				""").param("Bulk " + tag + " %").query(Long.class).single()).isEqualTo(99_997);
	}

	@Test
	void aCancelMidwayLeavesNoRowOfTheFile() throws Exception {
		String location = api.start("big.csv", bigFile("Cancelled", 60_000, -1), options("VALID_ROWS_ONLY", "SKIP"));
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> (Integer) read(api.job(location), "$.processedRows") > 0);
		mvc.perform(delete(location).header(HttpHeaders.AUTHORIZATION, rep.bearer(users)))
			.andExpect(status().isAccepted());

		String job = api.awaitEnd(location);
		assertThat((String) read(job, "$.status")).isEqualTo("CANCELLED");
		assertThat((Integer) read(job, "$.processedRows")).isLessThan(60_000);
		assertThat((Integer) read(job, "$.created")).isZero();
		assertThat(count("Cancelled " + tag + " %")).isZero();
	}

	@Test
	void aDatabaseErrorMidwayRollsBackEveryRowOfTheFile() throws Exception {
		// validation cannot know this rule: the database refuses the row in the middle of
		// a batch
		String constraint = "test_crash_" + tag.replace('-', '_');
		String poison = "Crash " + tag + " 2600";
		jdbc.sql("alter table customer_account add constraint " + constraint + " check (name <> '" + poison + "')")
			.update();
		try {
			String job = api.run("crash.csv", bigFile("Crash", 5_000, 2_600), options("VALID_ROWS_ONLY", "SKIP"));
			assertThat((String) read(job, "$.status")).isEqualTo("FAILED");
			assertThat((String) read(job, "$.failure")).isNotBlank();
			assertThat((Integer) read(job, "$.created")).isZero();
			assertThat(count("Crash " + tag + " %")).isZero();
		}
		finally {
			jdbc.sql("alter table customer_account drop constraint " + constraint).update();
		}
	}

	@Test
	void accountsCreatedOneByOneAfterAnImportGetIdsOfTheirOwn() throws Exception {
		api.run("ids.csv", bigFile("Ids", 120, -1), null);
		List<Long> imported = jdbc.sql("select id from customer_account where name like ?")
			.param("Ids " + tag + " %")
			.query(Long.class)
			.list();
		assertThat(imported).hasSize(120).doesNotHaveDuplicates();

		for (int i = 0; i < 60; i++) {
			AccountDetails single = users.as(rep, () -> accounts.create(new SaveAccount("Single " + tag, null)));
			assertThat(imported).doesNotContain(single.id());
		}
		AccountDetails first = find("Ids " + tag + " 2");
		AccountDetails changed = users.as(rep,
				() -> accounts.update(first.id(), new SaveAccount("Ids " + tag + " changed", null), first.version()));
		assertThat(changed.version()).isEqualTo(1);
	}

	@Test
	void theApiAnswers202ThenTheStatusThenTheErrorsAsCsv() throws Exception {
		String location = api.start("accounts.csv", fileWithOneBadRowAndOneDuplicate(),
				"{\"mapping\": {\"客户名称\": \"name\", \"电话\": \"phone\"}}");
		assertThat(location).startsWith("/api/v1/accounts/imports/");
		String job = api.awaitEnd(location);
		assertThat((Integer) read(job, "$.created")).isEqualTo(2);

		String errors = mvc.perform(get(location + "/errors").header(HttpHeaders.AUTHORIZATION, rep.bearer(users)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(errors.lines().toList()).hasSize(2);
		assertThat(errors.lines().toList().get(1)).startsWith("3,电话,Phone,");

		TestUser stranger = users.create(Role.SALES_REP);
		mvc.perform(get(location).header(HttpHeaders.AUTHORIZATION, stranger.bearer(users)))
			.andExpect(status().isNotFound());
		mvc.perform(get(location).header(HttpHeaders.AUTHORIZATION, users.create(Role.ADMIN).bearer(users)))
			.andExpect(status().isOk());
	}

	private byte[] bigFile(String prefix, int rows, int poisonRow) {
		StringBuilder csv = new StringBuilder("客户名称,城市\n");
		for (int row = 2; row <= rows + 1; row++) {
			csv.append(prefix).append(' ').append(tag).append(' ').append(row).append(",北京市\n");
		}
		if (poisonRow > 0) {
			assertThat(csv.toString()).contains(prefix + " " + tag + " " + poisonRow + ",");
		}
		return utf8(csv.toString());
	}

	private AccountDetails find(String name) {
		long id = jdbc.sql("select id from customer_account where name = ?").param(name).query(Long.class).single();
		return users.as(rep, () -> accounts.get(id));
	}

	private List<String> names() {
		return jdbc.sql("select name from customer_account where lower(name) like ?")
			.param("%" + tag + "%")
			.query(String.class)
			.list();
	}

	private long count(String pattern) {
		return jdbc.sql("select count(*) from customer_account where name like ?")
			.param(pattern)
			.query(Long.class)
			.single();
	}

}
