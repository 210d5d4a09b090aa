package io.guanxi.customer.transfer;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.ContactService;
import io.guanxi.customer.CustomFieldDefinition;
import io.guanxi.customer.CustomFieldService;
import io.guanxi.customer.FieldType;
import io.guanxi.customer.PreferredChannel;
import io.guanxi.customer.ProfileSection.Subject;
import io.guanxi.customer.SaveContact;
import io.guanxi.customer.SaveCustomField;
import io.guanxi.platform.Role;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Exports of the contact list view: its filters, its order, every column, safe cells. */
@IntegrationTest
class ContactExportIT {

	static final String COMMAND = "=cmd|' /C calc'!A0";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	ContactService contacts;

	@Autowired
	CustomFieldService fields;

	TestUser rep;

	String tag;

	@BeforeEach
	void contacts() {
		rep = users.create(Role.SALES_REP);
		tag = UUID.randomUUID().toString().substring(0, 8);
		users.as(rep, () -> contacts.create(new SaveContact("王", "芳" + tag, null, COMMAND, "138 0013 8000", null, null,
				null, null, "zh-CN", PreferredChannel.WECHAT, false, "北京市", null, null)));
		users.as(rep, () -> contacts.create(new SaveContact("Weber", "Thomas" + tag, null, "CTO", null, null,
				"thomas." + tag + "@example.com", null, null, "de", PreferredChannel.EMAIL, true, null, null, null)));
	}

	@Test
	void csvHasTheViewsContactsWithFormulasNeutralised() throws Exception {
		List<CSVRecord> rows = csv(get("/contacts/export").param("q", tag)
			.param("sort", "fullName,desc")
			.with(users.session(rep))
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en"));

		assertThat(rows.get(0).toList()).startsWith("Name", "Family name", "Given name")
			.contains("Job title", "Preferred channel", "Owner user name", "Tags");
		assertThat(rows.subList(1, rows.size())).extracting(row -> row.get(0))
			.containsExactly("王芳" + tag, "Thomas" + tag + " Weber");
		assertThat(rows.get(1).toList()).contains("'" + COMMAND, "WeChat", "zh-CN", "北京市", rep.username())
			.doesNotContain(COMMAND);
		assertThat(rows.get(2).toList()).contains("Yes", "thomas." + tag + "@example.com");
	}

	@Test
	void theExportHasOnlyTheRowsOfTheFilteredView() throws Exception {
		List<CSVRecord> rows = csv(get("/api/v1/contacts/export").param("q", tag)
			.param("channel", "EMAIL")
			.param("doNotContact", "true")
			.header(HttpHeaders.AUTHORIZATION, rep.bearer(users)));
		assertThat(rows).hasSize(2);
		assertThat(rows.get(1).get(0)).isEqualTo("Thomas" + tag + " Weber");

		String vcards = mvc
			.perform(get("/contacts/export.vcf").param("q", tag).param("channel", "WECHAT").with(users.session(rep)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(vcards).contains("FN:王芳" + tag).doesNotContain("Weber");
	}

	@Test
	void aRepExportsOnlyTheirOwnContacts() throws Exception {
		TestUser other = users.create(Role.SALES_REP);
		List<CSVRecord> rows = csv(get("/contacts/export").param("q", tag).with(users.session(other)));
		assertThat(rows).hasSize(1);
	}

	@Test
	void xlsxHasPlainStringCellsAndTheCustomFields() throws Exception {
		TestUser admin = users.create(Role.ADMIN);
		String code = "hobby_" + tag;
		CustomFieldDefinition hobby = users.as(admin, () -> fields
			.create(new SaveCustomField(Subject.CONTACT, code, "Hobby", "爱好", FieldType.TEXT, null, false, true)));
		try {
			long wang = users.as(rep,
					() -> contacts.list("王芳" + tag, org.springframework.data.domain.Pageable.ofSize(1))
						.getContent()
						.get(0)
						.id());
			users.as(rep, () -> fields.setValues(Subject.CONTACT, wang, Map.of(code, "+1 Golf")));
			byte[] body = mvc
				.perform(get("/api/v1/contacts/export").param("format", "xlsx")
					.param("q", tag)
					.param("field[" + code + "]", "golf")
					.header(HttpHeaders.AUTHORIZATION, rep.bearer(users))
					.header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(body))) {
				List<Row> rows = workbook.getFirstSheet().read();
				assertThat(rows).hasSize(2);
				List<String> header = rows.get(0).stream().filter(Objects::nonNull).map(Cell::getText).toList();
				assertThat(header).startsWith("姓名").contains("标签").endsWith("爱好");
				List<Cell> cells = rows.get(1).stream().filter(Objects::nonNull).toList();
				assertThat(cells).extracting(Cell::getText).contains(COMMAND, "+1 Golf");
				assertThat(cells).allSatisfy(cell -> {
					assertThat(cell.getType()).isEqualTo(CellType.STRING);
					assertThat(cell.getFormula()).isNull();
				});
			}
		}
		finally {
			users.as(admin, () -> {
				fields.delete(hobby.id(), fields.get(hobby.id()).version());
				return null;
			});
		}
	}

	private List<CSVRecord> csv(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return ExportedCsv
			.rows(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
	}

}
