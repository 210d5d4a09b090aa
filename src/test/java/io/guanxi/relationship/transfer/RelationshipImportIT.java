package io.guanxi.relationship.transfer;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.ContactService;
import io.guanxi.customer.SaveAccount;
import io.guanxi.customer.SaveContact;
import io.guanxi.platform.Role;
import io.guanxi.relationship.BuyingRole;
import io.guanxi.relationship.CompanyLinkKind;
import io.guanxi.relationship.CompanyLinkView;
import io.guanxi.relationship.CompanyLinks;
import io.guanxi.relationship.DepartmentView;
import io.guanxi.relationship.OrgChart;
import io.guanxi.relationship.OrgPerson;
import io.guanxi.relationship.OrgService;
import io.guanxi.relationship.PersonTieKind;
import io.guanxi.relationship.PersonTieView;
import io.guanxi.relationship.PersonTies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * CSV import of org charts, company links and person ties: all rows through the services,
 * or none.
 */
@IntegrationTest
class RelationshipImportIT {

	static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

	@Autowired
	TestUsers users;

	@Autowired
	RelationshipImports imports;

	@Autowired
	OrgService org;

	@Autowired
	CompanyLinks links;

	@Autowired
	PersonTies ties;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	TestUser rep;

	String tag;

	@BeforeEach
	void rep() {
		rep = users.create(Role.SALES_REP);
		tag = UUID.randomUUID().toString().substring(0, 8);
		LocaleContextHolder.setLocale(Locale.ENGLISH);
	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aPositionsFileLoadsAnOrgChartWithAManagerListedAfterTheirReport() {
		String account = "华为 " + tag;
		long huawei = account(account);
		long boss = contact("任", "总", "ren." + tag + "@example.com", null);
		long zhang = contact("张", "伟", null, "138 0013 8000");
		long li = contact("李", "娜", null, null);
		String csv = """
				account,contact,title,department,reports_to,buying_role,from,to
				%1$s,%3$s,Engineer,Sales/North,ren.%5$s@example.com,使用者,2021-03-01,
				%1$s,%4$d,Sales Director,Sales,%2$d,influencer,2020-01-01,2023-01-01
				%1$s,REN.%5$s@example.com,CEO,,,决策者,2010-01-01,
				%6$d,%4$d,Sales VP,Sales,ren.%5$s@example.com,Decision maker,2023-01-01,
				""".formatted(account, boss, "+86 13800138000", li, tag, huawei);

		ImportResult result = run(ImportKind.POSITIONS, csv);

		assertThat(result.problems()).isEmpty();
		assertThat(result.rows()).isEqualTo(4);
		assertThat(result.departmentsCreated()).isEqualTo(2);
		OrgChart chart = as(() -> org.orgChart(huawei, TODAY));
		assertThat(chart.people())
			.extracting(OrgPerson::name, OrgPerson::title, OrgPerson::departmentName, OrgPerson::reportsToContactId,
					OrgPerson::buyingRole)
			.containsExactlyInAnyOrder(tuple("任总", "CEO", null, null, BuyingRole.DECISION_MAKER),
					tuple("张伟", "Engineer", "North", boss, BuyingRole.USER),
					tuple("李娜", "Sales VP", "Sales", boss, BuyingRole.DECISION_MAKER));
		assertThat(as(() -> org.orgChart(huawei, LocalDate.of(2022, 1, 1)).people()))
			.extracting(OrgPerson::name, OrgPerson::title)
			.containsExactlyInAnyOrder(tuple("任总", "CEO"), tuple("张伟", "Engineer"), tuple("李娜", "Sales Director"));
		DepartmentView sales = chart.departments()
			.stream()
			.filter(d -> d.name().equals("Sales"))
			.findFirst()
			.orElseThrow();
		assertThat(chart.departments()).extracting(DepartmentView::name, DepartmentView::parentId)
			.containsExactlyInAnyOrder(tuple("Sales", null), tuple("North", sales.id()));
		assertThat(chart.people()).filteredOn(person -> person.contactId() == zhang).hasSize(1);
	}

	@Test
	void aFileWithBadRowsReportsEachWithItsLineAndWritesNothing() {
		String account = "腾讯 " + tag;
		long tencent = account(account);
		long ma = contact("马", "总", null, null);
		long wang = contact("王", "芳", null, null);
		long a = contact("A", tag, null, null);
		long b = contact("B", tag, null, null);
		String csv = """
				account,contact,title,department,reports_to,from,to
				%1$s,%2$d,CEO,Board,,2015-01-01,
				%1$s,nobody.%4$s@example.com,Engineer,,,2020-01-01,
				%1$s,%2$d,Chairman,Board,,2016-01-01,
				%1$s,%3$d,Buyer,,%2$d,2020-02-30,
				%1$s,%5$d,VP,,%6$d,2020-01-01,
				%1$s,%6$d,VP,,%5$d,2020-01-01,
				%1$s,%3$d,Buyer,Purchasing,%2$d,2020-03-01,
				""".formatted(account, ma, wang, tag, a, b);

		ImportResult result = run(ImportKind.POSITIONS, csv);

		assertThat(result.imported()).isFalse();
		assertThat(result.badRows()).isEqualTo(5);
		assertThat(result.problems()).extracting(ImportProblem::line, ImportProblem::column)
			.containsExactly(tuple(3, "contact"), tuple(4, "from"), tuple(5, "from"), tuple(6, "reports_to"),
					tuple(7, "reports_to"));
		assertThat(result.problems()).extracting(ImportProblem::message)
			.containsExactly(
					"No contact “nobody." + tag
							+ "@example.com” that you may see: write the id, e-mail address or mobile number.",
					"This person already holds “CEO” in this department from 2015-01-01. Record a promotion or "
							+ "transfer instead, or end that position first.",
					"“2020-02-30” is not a date: write it as 2024-03-15.",
					"The reporting lines of lines 6, 7 go round in a circle.",
					"The reporting lines of lines 6, 7 go round in a circle.");
		OrgChart chart = as(() -> org.orgChart(tencent, TODAY));
		assertThat(chart.people()).isEmpty();
		assertThat(chart.departments()).isEmpty();
		assertThat(as(() -> org.changes(tencent, 10))).isEmpty();
	}

	@Test
	void oneBadRowInTheMiddleWritesNothingOfTheGoodRowsAroundIt() {
		String account = "小米 " + tag;
		long xiaomi = account(account);
		long lei = contact("雷", "军", null, null);
		long lin = contact("林", "斌", null, null);
		String csv = """
				account,contact,title,department,reports_to,from
				%1$s,%2$d,CEO,Board,,2010-04-06
				%1$s,%3$d,President,Board,%3$d,2010-04-06
				%1$s,%3$d,Co-founder,Founders,%2$d,2010-04-06
				""".formatted(account, lei, lin);

		ImportResult result = run(ImportKind.POSITIONS, csv);

		assertThat(result.problems()).extracting(ImportProblem::line, ImportProblem::column, ImportProblem::message)
			.containsExactly(tuple(3, "reports_to",
					"This reporting line would go round in a circle: the manager already reports, directly or "
							+ "through others, to this person."));
		OrgChart chart = as(() -> org.orgChart(xiaomi, TODAY));
		assertThat(chart.people()).isEmpty();
		assertThat(chart.departments()).isEmpty();
	}

	@Test
	void aManagerWhoseOwnRowIsRefusedIsToldAsSuch() {
		String account = "美的 " + tag;
		long midea = account(account);
		long boss = contact("方", "洪波", null, null);
		long report = contact("顾", "炎民", null, null);
		String csv = """
				account,contact,title,reports_to,from
				%1$s,%3$d,CFO,%2$d,2018-01-01
				%1$s,%2$d,,,2012-08-25
				""".formatted(account, boss, report);

		ImportResult result = run(ImportKind.POSITIONS, csv);

		assertThat(result.problems()).extracting(ImportProblem::line, ImportProblem::column, ImportProblem::message)
			.containsExactly(tuple(2, "reports_to", "The manager’s own row (line 3) has a problem."),
					tuple(3, "title", "This column needs a value."));
		assertThat(as(() -> org.orgChart(midea, TODAY).people())).isEmpty();
	}

	@Test
	void aContactOrAccountTheImporterMayNotReadIsNotFoundLikeOneThatDoesNotExist() {
		TestUser other = users.create(Role.SALES_REP);
		String account = "联想 " + tag;
		account(account);
		String hiddenAccount = "Hidden " + tag;
		long hiddenAccountId = users.as(other, () -> accounts.create(new SaveAccount(hiddenAccount, null)).id());
		String email = "secret." + tag + "@example.com";
		long hidden = users.as(other, () -> contacts.create(reachable("秘", "密", email, null)).id());
		String csv = """
				account,contact,title,from
				%1$s,%2$d,CEO,2020-01-01
				%1$s,%3$s,CTO,2020-01-01
				%4$s,%5$d,CFO,2020-01-01
				%6$d,%5$d,CFO,2020-01-01
				""".formatted(account, hidden, email, hiddenAccount, hidden, hiddenAccountId);

		ImportResult result = run(ImportKind.POSITIONS, csv);

		assertThat(result.problems()).extracting(ImportProblem::line, ImportProblem::column, ImportProblem::message)
			.containsExactly(
					tuple(2, "contact",
							"No contact “" + hidden
									+ "” that you may see: write the id, e-mail address or mobile number."),
					tuple(3, "contact",
							"No contact “" + email
									+ "” that you may see: write the id, e-mail address or mobile number."),
					tuple(4, "account",
							"No account “" + hiddenAccount + "” that you may see: write its id or its exact name."),
					tuple(4, "contact",
							"No contact “" + hidden
									+ "” that you may see: write the id, e-mail address or mobile number."),
					tuple(5, "account",
							"No account “" + hiddenAccountId + "” that you may see: write its id or its exact name."),
					tuple(5, "contact", "No contact “" + hidden
							+ "” that you may see: write the id, e-mail address or mobile number."));
		assertThat(result.problems()).extracting(ImportProblem::message).noneMatch(message -> message.contains("秘"));
		assertThat(users.as(other, () -> org.career(hidden).positions())).isEmpty();
	}

	@Test
	void aCompanyLinksFileLinksAccountsByNameOrIdWithLabelsInEitherLanguage() {
		String group = "平安集团 " + tag;
		long parent = account(group);
		long bank = account("平安银行 " + tag);
		long insurer = account("平安保险 " + tag);
		String csv = """
				主体客户,关联客户,关系类型,持股比例,开始日期,备注
				%1$s,%2$d,股东,51%%,2012-06-01,控股
				%1$s,平安保险 %4$s,Parent company,,,
				%3$d,%2$d,partner,,,
				""".formatted(group, bank, insurer, tag);

		ImportResult result = run(ImportKind.COMPANY_LINKS, csv);

		assertThat(result.problems()).isEmpty();
		assertThat(as(() -> links.of(parent)))
			.extracting(CompanyLinkView::toAccountId, CompanyLinkView::kind, CompanyLinkView::sharePercent,
					CompanyLinkView::validFrom, CompanyLinkView::note)
			.containsExactlyInAnyOrder(tuple(bank, CompanyLinkKind.SHAREHOLDER, new java.math.BigDecimal("51.00"),
					LocalDate.of(2012, 6, 1), "控股"), tuple(insurer, CompanyLinkKind.PARENT, null, null, null));
		assertThat(as(() -> links.of(insurer))).extracting(CompanyLinkView::kind)
			.containsExactlyInAnyOrder(CompanyLinkKind.PARENT, CompanyLinkKind.PARTNER);
	}

	@Test
	void aCompanyLinksFileWithAShareOnASupplierLinkWritesNothing() {
		long a = account("Supplier A " + tag);
		long b = account("Customer B " + tag);
		String csv = """
				from_account,to_account,kind,share_percent
				%1$d,%2$d,customer,
				%1$d,%2$d,supplier,30
				%1$d,%1$d,partner,
				%1$d,%2$d,friend,
				""".formatted(a, b);

		ImportResult result = run(ImportKind.COMPANY_LINKS, csv);

		assertThat(result.problems()).extracting(ImportProblem::line, ImportProblem::column)
			.containsExactly(tuple(3, "share_percent"), tuple(4, "to_account"), tuple(5, "kind"));
		assertThat(result.problems().get(2).message()).startsWith("“friend” is not one of: Parent company, ");
		assertThat(as(() -> links.of(a))).isEmpty();
	}

	@Test
	void aPersonTiesFileTiesContactsByEmailAndMobile() {
		long zhou = contact("周", "杰", "zhou." + tag + "@example.com", null);
		long wu = contact("吴", "敏", null, "+86 139 0013 9000");
		long sun = contact("孙", "丽", null, null);
		String csv = """
				from_contact,to_contact,kind,strength,from,to,note
				ZHOU.%1$s@example.com,%2$s,前同事,4,2015-01-01,2019-06-30,Alibaba
				%3$d,zhou.%1$s@example.com,classmate,5,,,
				""".formatted(tag, "13900139000", sun);

		ImportResult result = run(ImportKind.PERSON_TIES, csv);

		assertThat(result.problems()).isEmpty();
		assertThat(as(() -> ties.of(zhou)))
			.extracting(PersonTieView::fromContactId, PersonTieView::toContactId, PersonTieView::kind,
					PersonTieView::strength)
			.containsExactlyInAnyOrder(tuple(zhou, wu, PersonTieKind.FORMER_COLLEAGUE, 4),
					tuple(sun, zhou, PersonTieKind.CLASSMATE, 5));
	}

	@Test
	void aPersonTiesFileWithABadStrengthOrATieToOneselfWritesNothing() {
		long zhou = contact("周", "杰", null, null);
		long wu = contact("吴", "敏", null, null);
		String csv = """
				from_contact,to_contact,kind,strength
				%1$d,%2$d,friend,3
				%1$d,%2$d,friend,7
				%1$d,%1$d,family,2
				""".formatted(zhou, wu);

		ImportResult result = run(ImportKind.PERSON_TIES, csv);

		assertThat(result.problems()).extracting(ImportProblem::line, ImportProblem::column, ImportProblem::message)
			.containsExactly(tuple(3, "strength", "“7” is not a strength: write a whole number from 1 to 5."),
					tuple(4, "to_contact", "A person cannot be tied to themselves."));
		assertThat(as(() -> ties.of(zhou))).isEmpty();
	}

	@Test
	void aChineseFileFromExcelInGbkIsReadAndItsProblemsToldInChinese() {
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		String account = "格力 " + tag;
		long gree = account(account);
		long dong = contact("董", "明珠", null, null);
		String csv = """
				客户,联系人,职位,部门,上级,采购角色,开始日期
				%1$s,%2$d,董事长,董事会,,决策者,2012/5/25
				%1$s,%2$d,总裁,董事会,,,2013-01-01
				""".formatted(account, dong);

		ImportResult result = as(() -> imports.run(ImportKind.POSITIONS, csv.getBytes(Charset.forName("GB18030"))));

		assertThat(result.problems()).extracting(ImportProblem::line, ImportProblem::column, ImportProblem::message)
			.containsExactly(tuple(3, "开始日期", "此人自 2012-05-25 起已在该部门担任“董事长”。请改为记录晋升或调动，或先结束该职位。"));
		assertThat(as(() -> org.orgChart(gree, TODAY).people())).isEmpty();
	}

	@Test
	void aFileWithUnknownOrMissingColumnsOrTooManyRowsIsRefusedWhole() {
		ImportResult columns = run(ImportKind.POSITIONS, "account,person,title\nX,Y,Z\n");
		assertThat(columns.problems()).extracting(ImportProblem::line, ImportProblem::column)
			.containsExactly(tuple(1, "person"), tuple(1, "contact"), tuple(1, "from"));

		StringBuilder large = new StringBuilder("from_contact,to_contact,kind,strength\n");
		large.append("1,2,friend,3\n".repeat(ImportFile.MAX_ROWS + 1));
		ImportResult tooMany = run(ImportKind.PERSON_TIES, large.toString());
		assertThat(tooMany.problems()).extracting(ImportProblem::line, ImportProblem::message)
			.containsExactly(tuple(0, "The file has more than 20,000 rows: split it into smaller files."));

		ImportResult tooLarge = run(ImportKind.PERSON_TIES, "x".repeat(ImportFile.MAX_BYTES + 1));
		assertThat(tooLarge.problems()).extracting(ImportProblem::line, ImportProblem::message)
			.containsExactly(tuple(0, "The file is larger than 5 MB: split it into smaller files."));
	}

	private ImportResult run(ImportKind kind, String csv) {
		return as(() -> imports.run(kind, csv.getBytes(StandardCharsets.UTF_8)));
	}

	private long account(String name) {
		return as(() -> accounts.create(new SaveAccount(name, null)).id());
	}

	private long contact(String family, String given, String email, String mobile) {
		return as(() -> contacts.create(reachable(family, given, email, mobile)).id());
	}

	private static SaveContact reachable(String family, String given, String email, String mobile) {
		return new SaveContact(family, given, null, null, mobile, null, email, null, null, null, null, false, null,
				null, null);
	}

	private <T> T as(Supplier<T> work) {
		return users.as(rep, work);
	}

}
