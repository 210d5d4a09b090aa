package io.guanxi.customer.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.guanxi.customer.AccountFilter;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.AccountSummary;
import io.guanxi.customer.CustomFieldDefinition;
import io.guanxi.customer.CustomFieldService;
import io.guanxi.customer.ProfileSection.Subject;
import io.guanxi.customer.SavedViews;
import io.guanxi.customer.TagService;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.UserDirectory;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The account list: filters, sort, columns, saved views and bulk actions. */
@Controller
@RequestMapping("/accounts")
class AccountListController {

	static final String LIST = "accounts";

	private final AccountService accounts;

	private final SavedViews views;

	private final UserDirectory users;

	private final TagService tags;

	private final CustomFieldService customFields;

	AccountListController(AccountService accounts, SavedViews views, UserDirectory users, TagService tags,
			CustomFieldService customFields) {
		this.accounts = accounts;
		this.views = views;
		this.users = users;
		this.tags = tags;
		this.customFields = customFields;
	}

	/**
	 * The list. Opened without any parameter it shows the user's default view; while the
	 * user changes a filter, htmx asks for the results only.
	 */
	@GetMapping
	String list(@ModelAttribute("filter") AccountFilter boundFilter,
			@RequestParam(name = "cols", required = false) @Nullable Set<AccountColumn> columns,
			@RequestParam(name = "fcols", required = false) @Nullable Set<String> fieldColumns,
			@PageableDefault(size = 25, sort = "name", direction = Sort.Direction.ASC) Pageable pageable,
			HttpServletRequest request, HtmxRequest htmx, Model model) {
		if (request.getQueryString() == null) {
			Optional<SavedViews.View> defaultView = views.defaultOf(LIST);
			if (defaultView.isPresent() && !defaultView.get().query().isEmpty()) {
				return "redirect:/accounts?" + defaultView.get().query() + "&view=" + defaultView.get().id();
			}
		}
		AccountFilter filter = boundFilter.withCustomFieldsFrom(request.getParameterMap());
		model.addAttribute("filter", filter);
		ListLinks links = ListLinks.of(request, "/accounts", pageable.getSort());
		model.addAttribute("links", links);
		List<AccountColumn> chosen = AccountColumn.chosen(columns);
		List<CustomFieldDefinition> fields = customFields.activeDefinitions(Subject.ACCOUNT);
		List<CustomFieldDefinition> chosenFields = fields.stream()
			.filter(field -> fieldColumns != null && fieldColumns.contains(field.code()))
			.toList();
		model.addAttribute("columns", chosen);
		model.addAttribute("allColumns", AccountColumn.values());
		model.addAttribute("customFields", fields);
		model.addAttribute("fieldColumns", chosenFields);
		model.addAttribute("tags", tags.list());
		Page<AccountSummary> page;
		try {
			page = accounts.list(filter, pageable);
		}
		catch (BusinessRuleException ex) {
			page = Page.empty(pageable);
			model.addAttribute("listError", ex);
		}
		model.addAttribute("accounts", page);
		List<Long> ids = page.map(AccountSummary::id).toList();
		model.addAttribute("tagsOf",
				chosen.contains(AccountColumn.TAGS) ? tags.tagsOf(Subject.ACCOUNT, ids) : Map.of());
		model.addAttribute("valuesOf", chosenFields.isEmpty() ? Map.of() : customFields.valuesOf(Subject.ACCOUNT, ids));
		model.addAttribute("owners", users.assignableOwners());
		model.addAttribute("currentView", request.getParameter("view"));
		if ("account-results".equals(htmx.getTarget())) {
			return "customer/accounts/list :: results";
		}
		model.addAttribute("views", views.of(LIST));
		return "customer/accounts/list";
	}

	@PostMapping("/views")
	String saveView(@RequestParam String name, @RequestParam(defaultValue = "") String query,
			RedirectAttributes redirect) {
		if (!StringUtils.hasText(name) || name.strip().length() > 60 || query.length() > 2000) {
			redirect.addFlashAttribute("viewError", true);
			return "redirect:/accounts" + (query.isEmpty() ? "" : "?" + query);
		}
		SavedViews.View view = views.save(LIST, new SavedViews.SaveView(name, query));
		return "redirect:/accounts?" + query + (query.isEmpty() ? "" : "&") + "view=" + view.id();
	}

	@PostMapping("/views/{id}/default")
	String makeDefault(@PathVariable long id, @RequestParam boolean makeDefault) {
		views.makeDefault(id, makeDefault);
		return "redirect:/accounts?view=" + id;
	}

	@PostMapping("/views/{id}/delete")
	String deleteView(@PathVariable long id) {
		views.delete(id);
		return "redirect:/accounts?all";
	}

	/** A bulk action on the ticked rows; only rows the user may change are touched. */
	@PostMapping("/bulk")
	String bulk(@RequestParam String action, @RequestParam(name = "ids", required = false) @Nullable List<Long> ids,
			@RequestParam(required = false) @Nullable Long ownerId,
			@RequestParam(required = false) @Nullable Long tagId, @RequestParam(defaultValue = "") String back,
			RedirectAttributes redirect) {
		List<Long> chosen = ids == null ? List.of() : ids;
		try {
			int changed = switch (action) {
				case "assign" -> ownerId == null ? 0 : accounts.assignOwner(chosen, ownerId);
				case "tag" -> tagId == null ? 0 : tags.applyToMany(Subject.ACCOUNT, chosen, tagId);
				case "delete" -> accounts.deleteAll(chosen);
				default -> 0;
			};
			redirect.addFlashAttribute("bulkDone", action);
			redirect.addFlashAttribute("bulkCount", changed);
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("bulkError", ex.messageKey());
		}
		return "redirect:/accounts" + (back.isEmpty() ? "?all" : "?" + back);
	}

}
