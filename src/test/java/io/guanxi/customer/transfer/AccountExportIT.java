package io.guanxi.customer.transfer;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.Industry;
import io.guanxi.customer.ProfileSection.Subject;
import io.guanxi.customer.SaveAccount;
import io.guanxi.customer.SaveTag;
import io.guanxi.customer.TagService;
import io.guanxi.customer.TagView;
import io.guanxi.platform.Role;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AccountExportIT {

	static final String HYPERLINK = "=HYPERLINK(\"http://evil.example\",\"Click\")";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	AccountService accounts;

	@Autowired
	TagService tags;

	TestUser manager;

	TestUser rep;

	String tag;

	@BeforeEach
	void accounts() {
		manager = users.create(Role.SALES_MANAGER);
		rep = users.create(Role.SALES_REP, manager);
		tag = UUID.randomUUID().toString().substring(0, 8);
		users.as(rep, () -> accounts.create(new SaveAccount("阿里巴巴 " + tag, null, null, Industry.TECHNOLOGY, null, "CN",
				null, "杭州市", null, null, null, "0571-85022088", null, null, null, null, null, null, null)));
		users.as(manager, () -> accounts.create(new SaveAccount(HYPERLINK + " " + tag, null)));
		users.as(manager, () -> accounts.create(new SaveAccount("Other " + UUID.randomUUID(), null)));
		// a stranger's account with the same tag: not visible to the manager
		TestUser stranger = users.create(Role.SALES_REP);
		users.as(stranger, () -> accounts.create(new SaveAccount("Stranger " + tag, null)));
	}

	@Test
	void csvHasTheVisibleMatchingAccountsWithFormulasNeutralised() throws Exception {
		MvcResult result = mvc
			.perform(get("/accounts/export").param("format", "csv")
				.param("q", tag)
				.param("sort", "name,desc")
				.with(users.session(manager))
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(result.getResponse().getContentType()).startsWith("text/csv");
		assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("attachment")
			.contains(".csv");
		List<CSVRecord> rows = ExportedCsv.rows(result.getResponse().getContentAsByteArray());

		assertThat(rows.get(0).get(0)).isEqualTo("Name");
		assertThat(rows.get(0).toList()).contains("Industry", "Owner user name");
		assertThat(rows.subList(1, rows.size())).extracting(row -> row.get(0))
			.containsExactly("阿里巴巴 " + tag, "'" + HYPERLINK + " " + tag);
		CSVRecord alibaba = rows.get(1);
		// a leading + could start a formula too
		assertThat(alibaba.toList()).contains("Technology", "杭州市", "'+8657185022088", rep.username());
	}

	@Test
	void xlsxHasTheSameAccountsAsPlainStringCells() throws Exception {
		byte[] body = mvc
			.perform(get("/api/v1/accounts/export").param("format", "xlsx")
				.param("q", tag)
				.header(HttpHeaders.AUTHORIZATION, manager.bearer(users))
				.header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(body))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows).hasSize(3);
			List<Cell> names = rows.stream().skip(1).map(row -> row.getCell(0)).toList();
			assertThat(names).extracting(Cell::getText).containsExactly(HYPERLINK + " " + tag, "阿里巴巴 " + tag);
			assertThat(names).allSatisfy(cell -> {
				assertThat(cell.getType()).isEqualTo(CellType.STRING);
				assertThat(cell.getFormula()).isNull();
			});
			assertThat(rows.get(0).getCell(0).getText()).isEqualTo("名称");
			assertThat(rows.get(2).stream().filter(Objects::nonNull).map(Cell::getText).toList()).contains("信息技术");
		}
	}

	@Test
	void aFilteredExportHasOnlyTheMatchingAccountsWithTheirTags() throws Exception {
		TestUser admin = users.create(Role.ADMIN);
		TagView key = users.as(admin, () -> tags.create(new SaveTag("Key " + tag, "#b91c1c")));
		try {
			long alibaba = users.as(rep,
					() -> accounts.list("阿里巴巴 " + tag, Pageable.ofSize(1)).getContent().get(0).id());
			users.as(rep, () -> {
				tags.apply(Subject.ACCOUNT, alibaba, key.id());
				return null;
			});
			users.as(rep, () -> accounts.create(new SaveAccount("Retailer " + tag, null, null, Industry.RETAIL, null,
					null, null, null, null, null, null, null, null, null, null, null, null, null, null)));
			List<CSVRecord> rows = ExportedCsv.rows(mvc
				.perform(get("/accounts/export").param("industry", "TECHNOLOGY")
					.param("tag", String.valueOf(key.id()))
					.param("city", "杭州")
					.param("cols", "PHONE")
					.with(users.session(rep))
					.header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray());
			assertThat(rows).hasSize(2);
			assertThat(rows.get(0).toList()).contains("Tags", "Industry", "Notes");
			assertThat(rows.get(1).toList()).contains("阿里巴巴 " + tag, "Key " + tag);

			String none = mvc
				.perform(get("/accounts/export").param("q", tag)
					.param("industry", "RETAIL")
					.param("createdTo", "2000-01-01")
					.with(users.session(rep)))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(none.lines()).hasSize(1);
		}
		finally {
			users.as(admin, () -> {
				tags.delete(key.id(), tags.get(key.id()).version());
				return null;
			});
		}
	}

	@Test
	void aRepExportsOnlyTheirOwnAccounts() throws Exception {
		String csv = mvc
			.perform(
					get("/api/v1/accounts/export").param("q", tag).header(HttpHeaders.AUTHORIZATION, rep.bearer(users)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines()).hasSize(2);
		assertThat(csv).contains("阿里巴巴 " + tag).doesNotContain("HYPERLINK").doesNotContain("Stranger");
	}

	@Test
	void anExportedFileImportsAgainWithItsColumnsRecognised() throws Exception {
		byte[] csv = mvc.perform(get("/accounts/export").param("q", tag).with(users.session(rep)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		TestUser other = users.create(Role.SALES_REP);
		String job = new ImportClient(mvc, other.bearer(users)).run("export.csv", csv, null);
		// the owner column names the rep, whom the other rep may not give accounts to
		assertThat((List<String>) ImportClient.read(job, "$.errors[*].field")).containsExactly("owner");
	}

}
