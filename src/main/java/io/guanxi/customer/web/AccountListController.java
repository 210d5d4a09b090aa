package io.guanxi.customer.web;

import java.util.List;
import java.util.Set;

import io.guanxi.customer.AccountFilter;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.AccountSummary;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The account list: filters, sort and columns; its saved views and bulk actions are
 * posted to {@link ListActionController}.
 */
@Controller
@RequestMapping("/accounts")
class AccountListController {

	/** The columns a user can show; the name is always shown. */
	static final List<ListColumn> COLUMNS = List.of(new ListColumn("KIND", "kind", false),
			new ListColumn("INDUSTRY", "industry", true), new ListColumn("CITY", "city", true),
			new ListColumn("TIER", "tier", true), new ListColumn("LIFECYCLE", "lifecycleStage", true),
			new ListColumn("STATUS", "status", true), new ListColumn("PHONE", "phone", false),
			new ListColumn("EMAIL", "email", false), new ListColumn("TAGS", "tags", false),
			new ListColumn("OWNER", "owner", false), new ListColumn("CREATED", "createdAt", true),
			new ListColumn("UPDATED", "updatedAt", true));

	static final Set<String> DEFAULT_COLUMNS = Set.of("INDUSTRY", "CITY", "TIER", "LIFECYCLE", "OWNER", "UPDATED");

	private final AccountService accounts;

	private final ListPages pages;

	AccountListController(AccountService accounts, ListPages pages) {
		this.accounts = accounts;
		this.pages = pages;
	}

	/**
	 * The list. Opened without any parameter it shows the user's default view; while the
	 * user changes a filter, htmx asks for the results only. Columns are chosen with
	 * {@code cols} and {@code fcols} (custom field codes).
	 */
	@GetMapping
	String list(@ModelAttribute("filter") AccountFilter filter,
			@PageableDefault(size = 25, sort = "name", direction = Sort.Direction.ASC) Pageable pageable,
			HttpServletRequest request, HtmxRequest htmx, Model model) {
		AccountFilter all = filter.withCustomFieldsFrom(request.getParameterMap());
		return pages.defaultView(CustomerList.ACCOUNTS, request)
			.orElseGet(() -> pages.show(CustomerList.ACCOUNTS, all, COLUMNS, DEFAULT_COLUMNS, pageable,
					page -> accounts.list(all, page), AccountSummary::id, request, htmx, model));
	}

}
