package io.guanxi.sales.lead.transfer;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.Industry;
import io.guanxi.platform.Role;
import io.guanxi.sales.LeadDetails;
import io.guanxi.sales.LeadFilter;
import io.guanxi.sales.LeadSource;
import io.guanxi.sales.LeadSummary;
import io.guanxi.sales.Leads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Lead imports: all rows or none, every bad row reported with its line and column. */
@IntegrationTest
class LeadImportIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	Leads leads;

	@Autowired
	LeadImport imports;

	TestUser rep;

	String unique;

	@BeforeEach
	void setUp() {
		rep = users.create(Role.SALES_REP);
		unique = UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void aFileWithBadRowsImportsNothingAndNamesEachProblem() throws Exception {
		String csv = """
				family name,given name,company,email,mobile,industry,source
				Good,%1$s,Good Co,good-%1$s@example.com,,Technology,Event
				Bad,%1$s,Bad Co,not-an-address,,,
				,,Nameless Co,nameless-%1$s@example.com,,,
				Phone,%1$s,Phone Co,,12,,
				Choice,%1$s,Choice Co,choice-%1$s@example.com,,Spaceflight,Carrier pigeon
				""".formatted(unique);

		LeadImportResult result = users.as(rep, () -> imports.run(csv.getBytes(StandardCharsets.UTF_8)));

		assertThat(result.imported()).isFalse();
		assertThat(result.badRows()).isEqualTo(4);
		assertThat(result.problems()).extracting(LeadImportResult.Problem::line).containsExactly(3, 4, 5, 6, 6);
		assertThat(result.problems().get(0).column()).isEqualTo("email");
		assertThat(result.problems().get(1).message()).contains("family name, a given name");
		assertThat(result.problems().get(2).column()).isEqualTo("mobile");
		assertThat(result.problems().get(3).column()).isEqualTo("industry");
		assertThat(result.problems().get(4).message()).contains("Carrier pigeon");
		assertThat(mine()).as("the good row is not imported either").isEmpty();
	}

	@Test
	void aGoodFileWithChineseHeadersInGbkImportsEveryRow() throws Exception {
		String csv = """
				姓名,公司,职位,邮箱,手机,行业,城市,来源,负责人
				张%1$s,上海某某科技有限公司,经理,zhang-%1$s@example.com,139 0000 1111,信息技术,上海市,活动,%2$s
				李%1$s,北京某某有限公司,,,010-6666 8888,FINANCE,北京市,,
				""".formatted(unique, rep.username());

		LeadImportResult result = users.as(rep, () -> imports.run(csv.getBytes(Charset.forName("GBK"))));

		assertThat(result.problems()).isEmpty();
		assertThat(result.rows()).isEqualTo(2);
		List<LeadSummary> imported = mine();
		assertThat(imported).extracting(LeadSummary::fullName).containsExactlyInAnyOrder("张" + unique, "李" + unique);
		LeadDetails zhang = users.as(rep, () -> leads
			.get(imported.stream().filter(lead -> lead.fullName().startsWith("张")).findFirst().orElseThrow().id()));
		assertThat(zhang.industry()).isEqualTo(Industry.TECHNOLOGY);
		assertThat(zhang.source()).isEqualTo(LeadSource.EVENT);
		assertThat(zhang.mobileE164()).isEqualTo("+8613900001111");
		assertThat(imported).filteredOn(lead -> lead.fullName().startsWith("李"))
			.extracting(LeadSummary::source)
			.containsExactly(LeadSource.IMPORT);
	}

	@Test
	void thePageAndTheApiReportTheSameProblems() throws Exception {
		byte[] csv = ("name,email\nOk " + unique + ",ok-" + unique + "@example.com\nNo mail " + unique + ",\n")
			.getBytes(StandardCharsets.UTF_8);

		mvc.perform(multipart("/leads/import").file(new MockMultipartFile("file", "leads.csv", "text/csv", csv))
			.with(users.session(rep))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Nothing was imported: 1 rows have problems."),
					containsString("Enter an e-mail address or a phone number"))));
		mvc.perform(post("/api/v1/leads/imports").header(HttpHeaders.AUTHORIZATION, rep.bearer(users))
			.contentType("text/csv")
			.content(csv))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].line").value(3));
		assertThat(mine()).isEmpty();

		byte[] good = ("name,email\nOk " + unique + ",ok-" + unique + "@example.com\n")
			.getBytes(StandardCharsets.UTF_8);
		mvc.perform(multipart("/leads/import").file(new MockMultipartFile("file", "leads.csv", "text/csv", good))
			.with(users.session(rep))
			.with(csrf())).andExpect(redirectedUrl("/leads/import"));
		assertThat(mine()).hasSize(1);
	}

	private List<LeadSummary> mine() {
		return users.as(rep, () -> leads.list(new LeadFilter(unique, null, null, null), PageRequest.of(0, 20)))
			.getContent();
	}

}
