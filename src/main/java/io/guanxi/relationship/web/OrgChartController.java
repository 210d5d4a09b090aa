package io.guanxi.relationship.web;

import java.time.LocalDate;
import java.util.List;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.guanxi.customer.AccountFilter;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.AccountSummary;
import io.guanxi.relationship.OrgChart;
import io.guanxi.relationship.OrgService;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * An account's org chart on a day. The page works without JavaScript (a date form, a list
 * of the people); with it, the chart is drawn from {@code data} and a new day swaps in
 * the part of the page that depends on the day.
 */
@Controller
@RequestMapping("/accounts/{accountId}/org-chart")
class OrgChartController {

	private static final int COMPANY_SUGGESTIONS = 10;

	private final OrgChartPage page;

	private final OrgService org;

	private final AccountService accounts;

	OrgChartController(OrgChartPage page, OrgService org, AccountService accounts) {
		this.page = page;
		this.org = org;
		this.accounts = accounts;
	}

	/**
	 * The page, or only its part for the day when htmx asks; {@code change} or
	 * {@code leave} name a position whose form opens filled in, {@code all} lists every
	 * person of a large org.
	 */
	@GetMapping
	String show(@PathVariable long accountId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(required = false) @Nullable Long change, @RequestParam(required = false) @Nullable Long leave,
			@RequestParam(defaultValue = "false") boolean all, HtmxRequest htmx, Model model) {
		LocalDate day = asOf == null ? page.today() : asOf;
		String openForm = null;
		if (change != null) {
			model.addAttribute("changeForm", ChangeForm.of(page.positionAt(accountId, change), day));
			openForm = "change";
		}
		else if (leave != null) {
			model.addAttribute("leaveForm", LeaveForm.of(page.positionAt(accountId, leave).positionId(), day));
			openForm = "leave";
		}
		page.fill(model, accountId, day, openForm, all);
		boolean fragment = htmx.isHtmxRequest() && !htmx.isBoosted();
		return fragment ? OrgChartPage.TEMPLATE + " :: dated" : OrgChartPage.TEMPLATE;
	}

	/**
	 * The chart as JSON for the page's script: the same as the API's org chart, answered
	 * here because the API takes tokens, not the page's session.
	 */
	@GetMapping(path = "/data", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	OrgChart data(@PathVariable long accountId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
		return org.orgChart(accountId, asOf == null ? page.today() : asOf);
	}

	/** Names of accounts for the departure form's "new company" suggestions. */
	@GetMapping("/companies")
	String companies(@PathVariable long accountId, @RequestParam(required = false) @Nullable String newCompany,
			Model model) {
		List<AccountSummary> found = newCompany == null || newCompany.isBlank() ? List.of()
				: accounts.list(AccountFilter.byName(newCompany.strip()), PageRequest.of(0, COMPANY_SUGGESTIONS))
					.getContent()
					.stream()
					.filter(account -> account.id() != accountId)
					.toList();
		model.addAttribute("companies", found);
		return OrgChartPage.TEMPLATE + " :: companies";
	}

}
