package io.guanxi.customer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.guanxi.IntegrationTest;
import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.ProfileSection.Subject;
import io.guanxi.platform.AccessDeniedProblem;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.platform.Role;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Custom fields: definitions, typed values, validation, filters and access. Fields are
 * global per entity, so every test deletes the fields it defined.
 */
@IntegrationTest
class CustomFieldsIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	CustomFieldService fields;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	TestUser admin;

	TestUser manager;

	TestUser rep;

	TestUser otherRep;

	String unique;

	final List<Long> defined = new ArrayList<>();

	@BeforeEach
	void organisation() {
		admin = users.create(Role.ADMIN);
		manager = users.create(Role.SALES_MANAGER);
		rep = users.create(Role.SALES_REP, manager);
		otherRep = users.create(Role.SALES_REP);
		unique = UUID.randomUUID().toString().substring(0, 8);
	}

	@AfterEach
	void deleteDefinedFields() {
		users.as(admin, () -> {
			defined.forEach(id -> fields.delete(id, fields.get(id).version()));
			return null;
		});
	}

	@Test
	void everyTypeParsesAndReadsBack() {
		CustomFieldDefinition text = define(Subject.ACCOUNT, "note", FieldType.TEXT, null, false);
		CustomFieldDefinition number = define(Subject.ACCOUNT, "revenue", FieldType.NUMBER, null, false);
		CustomFieldDefinition date = define(Subject.ACCOUNT, "due", FieldType.DATE, null, false);
		CustomFieldDefinition choice = define(Subject.ACCOUNT, "rating", FieldType.CHOICE, "AAA\nAA\nA\nB", false);
		CustomFieldDefinition multi = define(Subject.ACCOUNT, "products", FieldType.MULTI_CHOICE, "CRM\nERP\nCloud",
				false);
		CustomFieldDefinition bool = define(Subject.ACCOUNT, "listed", FieldType.BOOLEAN, null, false);
		long account = account(rep, "Round trip");

		users.as(rep,
				() -> fields.setValues(Subject.ACCOUNT, account,
						values(text.code(), "  华为 Huawei  ", number.code(), "1,234.50", date.code(), "2026-06-30",
								choice.code(), "aa", multi.code(), "Cloud; CRM", bool.code(), "是")));

		List<FieldEntry> entries = users.as(manager, () -> fields.entriesOf(Subject.ACCOUNT, account));
		assertThat(value(entries, text)).isEqualTo("华为 Huawei");
		assertThat(value(entries, number)).isEqualTo(new BigDecimal("1234.5"));
		assertThat(value(entries, date)).isEqualTo(LocalDate.of(2026, 6, 30));
		assertThat(value(entries, choice)).isEqualTo("AA");
		assertThat(value(entries, multi)).isEqualTo(List.of("CRM", "Cloud"));
		assertThat(value(entries, bool)).isEqualTo(Boolean.TRUE);
		Map<String, String> texts = users.as(rep, () -> fields.valuesOf(Subject.ACCOUNT, account));
		assertThat(texts).contains(entry(text.code(), "华为 Huawei"), entry(number.code(), "1234.5"),
				entry(date.code(), "2026-06-30"), entry(choice.code(), "AA"), entry(multi.code(), "CRM; Cloud"),
				entry(bool.code(), "true"));

		// what valuesOf writes, setValues reads back unchanged; a blank clears
		users.as(rep, () -> fields.setValues(Subject.ACCOUNT, account, new HashMap<>(texts)));
		assertThat(users.as(rep, () -> fields.valuesOf(Subject.ACCOUNT, account))).isEqualTo(texts);
		users.as(rep, () -> fields.setValues(Subject.ACCOUNT, account, values(text.code(), " ", bool.code(), "no")));
		assertThat(users.as(rep, () -> fields.valuesOf(Subject.ACCOUNT, account))).doesNotContainKey(text.code())
			.containsEntry(bool.code(), "false")
			.containsEntry(number.code(), "1234.5");
	}

	@Test
	void aMultiChoiceValueIsOneRowPerOptionAndExportsJoined() {
		CustomFieldDefinition multi = define(Subject.ACCOUNT, "interest", FieldType.MULTI_CHOICE,
				"CRM\nERP\nCloud\nConsulting", false);
		long first = account(rep, "Multi first");
		long second = account(rep, "Multi second");
		long foreign = account(otherRep, "Multi foreign");
		users.as(rep, () -> fields.setValues(Subject.ACCOUNT, first, values(multi.code(), "Consulting;CRM;CRM")));
		users.as(rep, () -> fields.setValues(Subject.ACCOUNT, second, values(multi.code(), "ERP")));
		users.as(otherRep, () -> fields.setValues(Subject.ACCOUNT, foreign, values(multi.code(), "ERP")));

		assertThat(
				jdbc.sql("select value_text from customer_account_field_value where account_id = :a and field_id = :f")
					.param("a", first)
					.param("f", multi.id())
					.query(String.class)
					.list())
			.containsExactlyInAnyOrder("CRM", "Consulting");
		Map<Long, Map<String, String>> export = users.as(rep,
				() -> fields.valuesOf(Subject.ACCOUNT, List.of(first, second, foreign)));
		assertThat(export).containsOnlyKeys(first, second);
		assertThat(export.get(first)).containsEntry(multi.code(), "CRM; Consulting");
		assertThat(export.get(second)).containsEntry(multi.code(), "ERP");
	}

	@Test
	void wrongValuesAreAllReportedByFieldCode() throws Exception {
		CustomFieldDefinition number = define(Subject.ACCOUNT, "amount", FieldType.NUMBER, null, false);
		CustomFieldDefinition date = define(Subject.ACCOUNT, "signed", FieldType.DATE, null, false);
		CustomFieldDefinition choice = define(Subject.ACCOUNT, "grade", FieldType.CHOICE, "AAA\nAA", false);
		CustomFieldDefinition text = define(Subject.ACCOUNT, "kept", FieldType.TEXT, null, false);
		long account = account(rep, "Wrong values");
		String bearer = rep.bearer(users);

		mvc.perform(put("/api/v1/accounts/" + account + "/fields").header(HttpHeaders.AUTHORIZATION, bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"%s\": \"12abc\", \"%s\": \"2026-02-30\", \"%s\": \"C\", \"%s\": \"not saved\"}"
				.formatted(number.code(), date.code(), choice.code(), text.code())))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors.length()").value(3))
			.andExpect(jsonPath("$.errors[*].field").value(hasItems(number.code(), date.code(), choice.code())))
			.andExpect(jsonPath("$.errors[?(@.field == '%s')].message".formatted(choice.code()))
				.value(hasItems("\"C\" is not one of the options.")));
		mvc.perform(put("/api/v1/accounts/" + account + "/fields").header(HttpHeaders.AUTHORIZATION, bearer)
			.header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"%s\": \"1.23456\"}".formatted(number.code())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(number.code()))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("小数部分最多 4 位")));
		// nothing was saved
		assertThat(users.as(rep, () -> fields.valuesOf(Subject.ACCOUNT, account))).isEmpty();

		mvc.perform(put("/api/v1/accounts/" + account + "/fields").header(HttpHeaders.AUTHORIZATION, bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"%s\": 1234567.5, \"%s\": \"2026-02-28\", \"%s\": \"AAA\", \"no_such_%s\": \"x\"}"
				.formatted(number.code(), date.code(), choice.code(), unique)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("no_such_" + unique));
		mvc.perform(put("/api/v1/accounts/" + account + "/fields").header(HttpHeaders.AUTHORIZATION, bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"%s\": 1234567.5, \"%s\": \"2026-02-28\", \"%s\": \"AAA\"}".formatted(number.code(),
					date.code(), choice.code())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$." + number.code()).value(1234567.5))
			.andExpect(jsonPath("$." + date.code()).value("2026-02-28"))
			.andExpect(jsonPath("$." + text.code()).doesNotExist());
	}

	@Test
	void requiredFieldsMustHaveAValue() {
		CustomFieldDefinition required = define(Subject.ACCOUNT, "must", FieldType.TEXT, null, true);
		CustomFieldDefinition optional = define(Subject.ACCOUNT, "may", FieldType.NUMBER, null, false);
		long account = account(rep, "Required");

		assertThatThrownBy(() -> users.as(rep,
				() -> fields.setValues(Subject.ACCOUNT, account, values(optional.code(), "5", required.code(), " "))))
			.isInstanceOfSatisfying(CustomFieldErrors.class, errors -> assertThat(errors.problems()).singleElement()
				.satisfies(problem -> assertThat(problem.field()).isEqualTo(required.code()))
				.satisfies(problem -> assertThat(problem.messageKey()).isEqualTo("customer.field.error.required")));
		// a required field the request leaves out must have a value already
		assertThatThrownBy(
				() -> users.as(rep, () -> fields.setValues(Subject.ACCOUNT, account, values(optional.code(), "5"))))
			.isInstanceOf(CustomFieldErrors.class);
		users.as(rep,
				() -> fields.setValues(Subject.ACCOUNT, account, values(optional.code(), "5", required.code(), "ok")));
		users.as(rep, () -> fields.setValues(Subject.ACCOUNT, account, values(optional.code(), "6")));
		assertThat(users.as(rep, () -> fields.valuesOf(Subject.ACCOUNT, account))).containsEntry(required.code(), "ok")
			.containsEntry(optional.code(), "6");
	}

	@Test
	void filtersFindTheRightRecords() {
		CustomFieldDefinition revenue = define(Subject.ACCOUNT, "rev", FieldType.NUMBER, null, false);
		CustomFieldDefinition due = define(Subject.ACCOUNT, "due", FieldType.DATE, null, false);
		CustomFieldDefinition rating = define(Subject.ACCOUNT, "rating", FieldType.CHOICE, "AAA\nAA\nB", false);
		CustomFieldDefinition products = define(Subject.ACCOUNT, "prod", FieldType.MULTI_CHOICE, "CRM\nERP", false);
		CustomFieldDefinition note = define(Subject.ACCOUNT, "note", FieldType.TEXT, null, false);
		CustomFieldDefinition listed = define(Subject.ACCOUNT, "listed", FieldType.BOOLEAN, null, false);
		long small = account(rep, "Small");
		long big = account(rep, "Big");
		long bare = account(rep, "Bare");
		users.as(rep,
				() -> fields.setValues(Subject.ACCOUNT, small,
						values(revenue.code(), "100.5", due.code(), "2026-01-15", rating.code(), "B", products.code(),
								"CRM", note.code(), "Met at 展会_2026 in 上海", listed.code(), "false")));
		users.as(rep,
				() -> fields.setValues(Subject.ACCOUNT, big,
						values(revenue.code(), "5000000", due.code(), "2027-03-01", rating.code(), "AAA",
								products.code(), "CRM;ERP", note.code(), "Strategic", listed.code(), "true")));
		List<Long> mine = List.of(small, big, bare);

		assertThat(find(mine, FieldFilters.equalTo(rating, "AAA"))).containsExactly(big);
		assertThat(find(mine, FieldFilters.equalTo(products, "CRM"))).containsExactlyInAnyOrder(small, big);
		assertThat(find(mine, FieldFilters.contains(products, "ERP"))).containsExactly(big);
		assertThat(find(mine, FieldFilters.contains(note, "展会_2026"))).containsExactly(small);
		assertThat(find(mine, FieldFilters.contains(note, "STRAT"))).containsExactly(big);
		assertThat(find(mine, FieldFilters.contains(note, "%"))).isEmpty();
		assertThat(find(mine, FieldFilters.greaterThan(revenue, "100.5"))).containsExactly(big);
		assertThat(find(mine, FieldFilters.lessThan(revenue, "1,000"))).containsExactly(small);
		assertThat(find(mine, FieldFilters.between(revenue, "100.5", "5000000"))).containsExactlyInAnyOrder(small, big);
		assertThat(find(mine, FieldFilters.between(due, "2026-01-01", "2026-12-31"))).containsExactly(small);
		assertThat(find(mine, FieldFilters.lessThan(due, "2026-01-15"))).isEmpty();
		assertThat(find(mine, FieldFilters.equalTo(listed, "yes"))).containsExactly(big);
		assertThat(find(mine, FieldFilters.isSet(revenue))).containsExactlyInAnyOrder(small, big);
		assertThat(find(mine, FieldFilters.equalTo(products, "CRM").and(FieldFilters.greaterThan(revenue, "1000"))))
			.containsExactly(big);

		SqlCondition aliased = FieldFilters.condition("a.id", rating, FieldFilters.Operator.EQUALS, List.of("B"));
		assertThat(jdbc.sql("select a.id from customer_account a where a.id in (:ids) and " + aliased.sql())
			.param("ids", mine)
			.params(aliased.parameters())
			.query(Long.class)
			.list()).containsExactly(small);
		assertThatThrownBy(() -> FieldFilters.greaterThan(rating, "AA")).isInstanceOf(CustomFieldErrors.class);
		assertThatThrownBy(() -> FieldFilters.equalTo(revenue, "lots")).isInstanceOf(CustomFieldErrors.class);
	}

	@Test
	void onlyAdministratorsDefineFields() throws Exception {
		SaveCustomField command = new SaveCustomField(Subject.ACCOUNT, "mgr_" + unique, "By a manager", null,
				FieldType.TEXT, null, false, true);
		assertThatThrownBy(() -> users.as(manager, () -> fields.create(command)))
			.isInstanceOf(AccessDeniedProblem.class);
		mvc.perform(post("/api/v1/fields").header(HttpHeaders.AUTHORIZATION, rep.bearer(users))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"entity\": \"ACCOUNT\", \"code\": \"rep_%s\", \"label\": \"x\", \"type\": \"TEXT\"}"
				.formatted(unique)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/fields").with(users.session(manager))).andExpect(status().isForbidden());

		String bearer = admin.bearer(users);
		String body = mvc
			.perform(post("/api/v1/fields").header(HttpHeaders.AUTHORIZATION, bearer)
				.contentType(MediaType.APPLICATION_JSON)
				.content(("{\"entity\": \"ACCOUNT\", \"code\": \"api_%s\", \"label\": \"Credit rating\","
						+ " \"labelZh\": \"信用等级\", \"type\": \"CHOICE\", \"options\": \"AAA\\nAA\", \"active\": true}")
					.formatted(unique)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.options.length()").value(2))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.id")).longValue();
		defined.add(id);
		mvc.perform(post("/api/v1/fields").header(HttpHeaders.AUTHORIZATION, bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"entity\": \"ACCOUNT\", \"code\": \"api_%s\", \"label\": \"Again\", \"type\": \"TEXT\"}"
				.formatted(unique)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("code"));
		mvc.perform(post("/api/v1/fields").header(HttpHeaders.AUTHORIZATION, bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"entity\": \"ACCOUNT\", \"code\": \"opt_%s\", \"label\": \"No options\", \"type\": \"CHOICE\"}"
				.formatted(unique)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("options"));
		mvc.perform(
				get("/api/v1/fields").param("entity", "ACCOUNT").header(HttpHeaders.AUTHORIZATION, rep.bearer(users)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code").value(hasItems("api_" + unique)));
		mvc.perform(get("/admin/fields").param("entity", "ACCOUNT")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")
			.with(users.session(admin))).andExpect(status().isOk()).andExpect(content().string(containsString("信用等级")));
	}

	@Test
	void codeIsFixedAndTypeIsFixedOnceValuesExist() {
		CustomFieldDefinition field = define(Subject.ACCOUNT, "fixed", FieldType.TEXT, null, false);
		SaveCustomField renamed = new SaveCustomField(Subject.ACCOUNT, field.code() + "_x", "Label", null,
				FieldType.TEXT, null, false, true);
		assertThatThrownBy(() -> users.as(admin, () -> fields.update(field.id(), renamed, field.version())))
			.isInstanceOf(CustomFieldErrors.class);

		SaveCustomField asNumber = new SaveCustomField(Subject.ACCOUNT, field.code(), "Label", "标签", FieldType.NUMBER,
				null, false, true);
		CustomFieldDefinition retyped = users.as(admin, () -> fields.update(field.id(), asNumber, field.version()));
		assertThat(retyped.type()).isEqualTo(FieldType.NUMBER);
		assertThat(retyped.label(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("标签");
		assertThat(retyped.label(java.util.Locale.ENGLISH)).isEqualTo("Label");

		long account = account(rep, "Fixes the type");
		users.as(rep, () -> fields.setValues(Subject.ACCOUNT, account, values(field.code(), "42")));
		SaveCustomField backToText = new SaveCustomField(Subject.ACCOUNT, field.code(), "Label", null, FieldType.TEXT,
				null, false, false);
		assertThatThrownBy(() -> users.as(admin, () -> fields.update(field.id(), backToText, retyped.version())))
			.isInstanceOfSatisfying(CustomFieldErrors.class,
					errors -> assertThat(errors.problems().get(0).field()).isEqualTo("type"));

		// deactivated fields leave forms, pages and the API, and come back with their
		// values
		SaveCustomField inactive = new SaveCustomField(Subject.ACCOUNT, field.code(), "Label", null, FieldType.NUMBER,
				null, false, false);
		CustomFieldDefinition hidden = users.as(admin, () -> fields.update(field.id(), inactive, retyped.version()));
		assertThat(users.as(rep, () -> fields.valuesOf(Subject.ACCOUNT, account))).doesNotContainKey(field.code());
		assertThatThrownBy(
				() -> users.as(rep, () -> fields.setValues(Subject.ACCOUNT, account, values(field.code(), "1"))))
			.isInstanceOf(CustomFieldErrors.class);
		users.as(admin, () -> fields.update(field.id(), asNumber, hidden.version()));
		assertThat(users.as(rep, () -> fields.valuesOf(Subject.ACCOUNT, account))).containsEntry(field.code(), "42");
	}

	@Test
	void fieldsKeepTheirOrder() {
		CustomFieldDefinition first = define(Subject.CONTACT, "first", FieldType.TEXT, null, false);
		CustomFieldDefinition second = define(Subject.CONTACT, "second", FieldType.TEXT, null, false);
		users.as(admin, () -> {
			fields.move(second.id(), -1);
			return null;
		});
		List<Long> order = users.as(admin, () -> fields.definitions(Subject.CONTACT))
			.stream()
			.map(CustomFieldDefinition::id)
			.filter(id -> id == first.id() || id == second.id())
			.toList();
		assertThat(order).containsExactly(second.id(), first.id());
	}

	@Test
	void valuesOfARecordTheCallerCannotSeeAreNotFound() throws Exception {
		CustomFieldDefinition field = define(Subject.ACCOUNT, "secret", FieldType.TEXT, null, false);
		long account = account(rep, "Hidden values");
		users.as(rep, () -> fields.setValues(Subject.ACCOUNT, account, values(field.code(), "for my eyes")));

		mvc.perform(get("/api/v1/accounts/" + account + "/fields").header(HttpHeaders.AUTHORIZATION,
				otherRep.bearer(users)))
			.andExpect(status().isNotFound());
		mvc.perform(
				put("/api/v1/accounts/" + account + "/fields").header(HttpHeaders.AUTHORIZATION, otherRep.bearer(users))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"%s\": \"overwritten\"}".formatted(field.code())))
			.andExpect(status().isNotFound());
		mvc.perform(
				get("/api/v1/accounts/" + account + "/fields").header(HttpHeaders.AUTHORIZATION, manager.bearer(users)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$." + field.code()).value("for my eyes"));
		assertThatThrownBy(() -> users.as(otherRep, () -> fields.valuesOf(Subject.ACCOUNT, account)))
			.isInstanceOf(RecordNotFoundException.class);
		assertThat(users.as(otherRep, () -> fields.valuesOf(Subject.ACCOUNT, List.of(account)))).isEmpty();
	}

	@Test
	void contactsHaveFieldsForTheirOwner() {
		CustomFieldDefinition birthdayGift = define(Subject.CONTACT, "gift", FieldType.CHOICE, "茶叶\n月饼", true);
		long contact = contact(rep, "李雷 " + unique);

		assertThatThrownBy(() -> users.as(rep, () -> fields.setValues(Subject.CONTACT, contact, values())))
			.isInstanceOf(CustomFieldErrors.class);
		users.as(rep, () -> fields.setValues(Subject.CONTACT, contact, values(birthdayGift.code(), "月饼")));
		assertThat(users.as(manager, () -> fields.valuesOf(Subject.CONTACT, contact)))
			.containsEntry(birthdayGift.code(), "月饼");
		assertThatThrownBy(() -> users.as(otherRep, () -> fields.entriesOf(Subject.CONTACT, contact)))
			.isInstanceOf(RecordNotFoundException.class);
		SqlCondition condition = FieldFilters.equalTo(birthdayGift, "月饼");
		assertThat(jdbc.sql("select id from customer_contact where " + condition.sql())
			.params(condition.parameters())
			.query(Long.class)
			.list()).containsExactly(contact);
	}

	@Test
	void theProfileSectionEditsInPlaceAndShowsErrorsInline() throws Exception {
		CustomFieldDefinition number = define(Subject.ACCOUNT, "employees", FieldType.NUMBER, null, false);
		CustomFieldDefinition bool = define(Subject.ACCOUNT, "vip", FieldType.BOOLEAN, null, false);
		long account = account(rep, "Inline");

		mvc.perform(get("/accounts/" + account + "/fields/edit").header("HX-Request", "true").with(users.session(rep)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("type=\"number\""), containsString("role=\"switch\""),
					not(containsString("<html")))));
		mvc.perform(post("/accounts/" + account + "/fields").param("field." + number.code(), "many")
			.param("field." + bool.code(), "false", "true")
			.header("HX-Request", "true")
			.with(users.session(rep))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-error=\"" + number.code() + "\""),
					containsString("Enter a number"), containsString("value=\"many\""))));
		mvc.perform(post("/accounts/" + account + "/fields").param("field." + number.code(), "1200")
			.param("field." + bool.code(), "false", "true")
			.header("HX-Request", "true")
			.with(users.session(rep))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("1,200"), not(containsString("data-error")))));
		assertThat(users.as(rep, () -> fields.valuesOf(Subject.ACCOUNT, account))).containsEntry(number.code(), "1200")
			.containsEntry(bool.code(), "true");
	}

	@Test
	void theOpenApiDocumentDescribesTagsAndFields() throws Exception {
		mvc.perform(get("/api/docs/openapi.json"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("/api/v1/tags/{id}"), containsString("/api/v1/accounts/{id}/fields"),
						containsString("/api/v1/contacts/{id}/tags"), containsString("/api/v1/fields/order"))));
	}

	private List<Long> find(List<Long> ids, SqlCondition condition) {
		return jdbc.sql("select id from customer_account where id in (:ids) and " + condition.sql())
			.param("ids", ids)
			.params(condition.parameters())
			.query(Long.class)
			.list();
	}

	private CustomFieldDefinition define(Subject entity, String code, FieldType type, @Nullable String options,
			boolean required) {
		CustomFieldDefinition field = users.as(admin, () -> fields.create(new SaveCustomField(entity,
				code + "_" + unique, code + " " + unique, null, type, options, required, true)));
		defined.add(field.id());
		return field;
	}

	private static @Nullable Object value(List<FieldEntry> entries, CustomFieldDefinition field) {
		return entries.stream().filter(entry -> entry.field().id() == field.id()).findFirst().orElseThrow().value();
	}

	private static Map<String, @Nullable String> values(String... codesAndValues) {
		Map<String, @Nullable String> values = new HashMap<>();
		for (int i = 0; i < codesAndValues.length; i += 2) {
			values.put(codesAndValues[i], codesAndValues[i + 1]);
		}
		return values;
	}

	private long account(TestUser owner, String name) {
		return users.as(owner, () -> accounts.create(new SaveAccount(name + " " + unique, null)).id());
	}

	private long contact(TestUser owner, String name) {
		long id = jdbc.sql("select nextval('customer_contact_seq')").query(Long.class).single();
		jdbc.sql("insert into customer_contact (id, full_name, owner_id, version, created_at, updated_at)"
				+ " values (:id, :name, :owner, 0, current_timestamp, current_timestamp)")
			.param("id", id)
			.param("name", name)
			.param("owner", owner.id())
			.update();
		return id;
	}

}
