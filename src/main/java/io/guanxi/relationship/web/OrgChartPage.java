package io.guanxi.relationship.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.guanxi.customer.AccountService;
import io.guanxi.customer.ContactService;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.relationship.DepartmentView;
import io.guanxi.relationship.OrgChart;
import io.guanxi.relationship.OrgPerson;
import io.guanxi.relationship.OrgService;
import io.guanxi.relationship.PersonnelChangeView;
import io.guanxi.relationship.web.OrgChartView.DepartmentRow;
import io.guanxi.relationship.web.OrgChartView.Option;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Puts together the org chart page of an account for a day: for showing it, and for
 * showing it again with the errors of a form that failed.
 */
@Component
class OrgChartPage {

	static final String TEMPLATE = "relationship/org/chart";

	/** The changes the page lists; more of them only mark the slider. */
	private static final int LISTED_CHANGES = 12;

	private static final int MARKED_CHANGES = 200;

	/**
	 * The list under a large org's chart shows its top people first and the rest on
	 * request: two thousand rows make a page of megabytes.
	 */
	static final int LISTED_PEOPLE = 250;

	private final OrgService org;

	private final AccountService accounts;

	private final ContactService contacts;

	private final Clock clock;

	OrgChartPage(OrgService org, AccountService accounts, ContactService contacts, Clock clock) {
		this.org = org;
		this.accounts = accounts;
		this.contacts = contacts;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	/**
	 * Fills the model for the page; forms already in it (one that failed, or one started
	 * from a person's row) stay as they are.
	 */
	OrgChartView fill(Model model, long accountId, @Nullable LocalDate asOf, @Nullable String openForm) {
		return fill(model, accountId, asOf, openForm, false);
	}

	OrgChartView fill(Model model, long accountId, @Nullable LocalDate asOf, @Nullable String openForm,
			boolean allPeople) {
		OrgChartView view = view(accountId, asOf == null ? today() : asOf, allPeople);
		model.addAttribute("view", view);
		if (openForm != null || !model.containsAttribute("openForm")) {
			model.addAttribute("openForm", openForm);
		}
		LocalDate day = view.asOf();
		addIfAbsent(model, "joinForm", JoinForm.startingOn(day));
		addIfAbsent(model, "changeForm", ChangeForm.blank(day));
		addIfAbsent(model, "leaveForm", LeaveForm.of(null, day));
		addIfAbsent(model, "departmentForm", DepartmentForm.blank());
		return view;
	}

	/**
	 * A position of this account, or 404: forms never act on another account's people.
	 */
	OrgPerson positionAt(long accountId, long positionId) {
		OrgPerson position = org.position(positionId);
		if (position.accountId() != accountId) {
			throw new RecordNotFoundException("position", positionId);
		}
		return position;
	}

	/**
	 * Whether the viewer may change the account. Asked outside any transaction, since the
	 * refusal is an exception that would mark a surrounding one for rollback.
	 */
	boolean canChange(long accountId) {
		try {
			accounts.checkChange(accountId);
			return true;
		}
		catch (RecordNotFoundException ex) {
			return false;
		}
	}

	private OrgChartView view(long accountId, LocalDate day, boolean allPeople) {
		OrgChart chart = org.orgChart(accountId, day);
		List<PersonnelChangeView> changes = org.changes(accountId, MARKED_CHANGES);
		TimeScale scale = TimeScale.of(org.historyStart(accountId).orElse(null), day, today(),
				changes.stream().map(PersonnelChangeView::effectiveOn).toList());
		boolean canChange = canChange(accountId);
		List<PersonRow> rows = ReportingOrder.of(chart.people());
		boolean all = allPeople || rows.size() <= LISTED_PEOPLE;
		return new OrgChartView(chart, today(), scale, all ? rows : rows.subList(0, LISTED_PEOPLE), all,
				changes.subList(0, Math.min(LISTED_CHANGES, changes.size())), departments(chart.departments()),
				canChange ? people(accountId, chart) : List.of(), positions(chart), canChange);
	}

	/** Departments by their path, so that nested ones read "Sales › Key accounts". */
	static List<DepartmentRow> departments(List<DepartmentView> departments) {
		Map<Long, DepartmentView> byId = departments.stream()
			.collect(Collectors.toMap(DepartmentView::id, Function.identity()));
		return departments.stream()
			.map(department -> new DepartmentRow(department, path(department, byId)))
			.sorted(Comparator.comparing(DepartmentRow::path))
			.toList();
	}

	private static String path(DepartmentView department, Map<Long, DepartmentView> byId) {
		StringBuilder path = new StringBuilder(department.name());
		DepartmentView current = department;
		// the service refuses cycles; the bound only guards against a broken row
		for (int depth = 0; depth < 20 && current.parentId() != null && byId.containsKey(current.parentId()); depth++) {
			current = byId.get(current.parentId());
			path.insert(0, current.name() + " › ");
		}
		return path.toString();
	}

	/**
	 * Who may join or be reported to: the account's contacts and whoever is on the chart.
	 */
	private List<Option> people(long accountId, OrgChart chart) {
		Map<Long, String> people = new LinkedHashMap<>();
		contacts.contactsOf(accountId).forEach(contact -> people.put(contact.contactId(), contact.fullName()));
		chart.people().forEach(person -> people.putIfAbsent(person.contactId(), person.name()));
		return people.entrySet()
			.stream()
			.map(entry -> new Option(entry.getKey(), entry.getValue()))
			.sorted(Comparator.comparing(Option::label))
			.toList();
	}

	private static List<Option> positions(OrgChart chart) {
		return chart.people()
			.stream()
			.map(person -> new Option(person.positionId(), person.name() + " — " + person.title()))
			.toList();
	}

	private static void addIfAbsent(Model model, String name, Object value) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, value);
		}
	}

}
