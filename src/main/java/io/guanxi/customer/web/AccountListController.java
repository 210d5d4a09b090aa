package io.guanxi.customer.web;

import java.util.Set;

import io.guanxi.customer.AccountFilter;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.AccountSummary;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The account list: filters, sort and columns; its saved views and bulk actions are
 * posted to {@link ListActionController}.
 */
@Controller
@RequestMapping("/accounts")
class AccountListController {

	private final AccountService accounts;

	private final ListPages pages;

	AccountListController(AccountService accounts, ListPages pages) {
		this.accounts = accounts;
		this.pages = pages;
	}

	/**
	 * The list. Opened without any parameter it shows the user's default view; while the
	 * user changes a filter, htmx asks for the results only.
	 */
	@GetMapping
	String list(@ModelAttribute("filter") AccountFilter filter,
			@RequestParam(name = "cols", required = false) @Nullable Set<AccountColumn> columns,
			@RequestParam(name = "fcols", required = false) @Nullable Set<String> fieldColumns,
			@PageableDefault(size = 25, sort = "name", direction = Sort.Direction.ASC) Pageable pageable,
			HttpServletRequest request, HtmxRequest htmx, Model model) {
		AccountFilter all = filter.withCustomFieldsFrom(request.getParameterMap());
		return pages.defaultView(CustomerList.ACCOUNTS, request)
			.orElseGet(() -> pages.show(CustomerList.ACCOUNTS, all,
					ListColumn.chosen(AccountColumn.class, columns, AccountColumn.DEFAULTS), AccountColumn.values(),
					fieldColumns, pageable, page -> accounts.list(all, page), AccountSummary::id, request, htmx,
					model));
	}

}
