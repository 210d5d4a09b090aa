package io.guanxi.customer.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import io.guanxi.customer.CustomFieldDefinition;
import io.guanxi.customer.CustomFieldService;
import io.guanxi.customer.ListFilter;
import io.guanxi.customer.SavedViews;
import io.guanxi.customer.TagService;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.UserDirectory;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the customer list pages share around their rows: the user's default view, links
 * that keep the filters, chosen columns and custom fields, owners and tags to pick from,
 * saved views, and the page of rows (or why it cannot be shown). It fills the model that
 * the fragments of {@code customer/lists.html} read.
 */
@Component
public class ListPages {

	private final SavedViews views;

	private final UserDirectory users;

	private final TagService tags;

	private final CustomFieldService customFields;

	ListPages(SavedViews views, UserDirectory users, TagService tags, CustomFieldService customFields) {
		this.views = views;
		this.users = users;
		this.tags = tags;
		this.customFields = customFields;
	}

	/**
	 * The redirect to the user's default view when the list is opened without any
	 * parameter ({@code ?all} opens it unfiltered).
	 */
	public Optional<String> defaultView(CustomerList list, HttpServletRequest request) {
		if (request.getQueryString() != null) {
			return Optional.empty();
		}
		return views.defaultOf(list.view())
			.filter(view -> !view.query().isEmpty())
			.map(view -> "redirect:" + list.path() + "?" + view.query() + "&view=" + view.id());
	}

	/**
	 * Fills the model and names the view: the whole page, or only the results while the
	 * user changes a filter (htmx). The columns shown are those the request names
	 * ({@code cols}, and {@code fcols} for custom fields), or else the defaults.
	 * @param rows reads a page of rows for the filter
	 */
	public <R> String show(CustomerList list, ListFilter filter, List<ListColumn> allColumns,
			Set<String> defaultColumns, Pageable pageable, Function<Pageable, Page<R>> rows, ToLongFunction<R> id,
			HttpServletRequest request, HtmxRequest htmx, Model model) {
		List<ListColumn> columns = ListColumn.chosen(allColumns, parameters(request, "cols"), defaultColumns);
		List<String> fieldColumns = parameters(request, "fcols");
		model.addAttribute("list", list);
		model.addAttribute("filter", filter);
		model.addAttribute("links", ListLinks.of(request, list.path(), pageable.getSort()));
		List<CustomFieldDefinition> fields = customFields.activeDefinitions(list.subject());
		List<CustomFieldDefinition> chosenFields = fields.stream()
			.filter(field -> fieldColumns.contains(field.code()))
			.toList();
		model.addAttribute("columns", columns);
		model.addAttribute("allColumns", allColumns);
		model.addAttribute("customFields", fields);
		model.addAttribute("fieldColumns", chosenFields);
		model.addAttribute("tags", Choice.tags(tags.list()));
		model.addAttribute("owners", Choice.owners(users.assignableOwners()));
		Page<R> page;
		try {
			page = rows.apply(pageable);
		}
		catch (BusinessRuleException ex) {
			page = Page.empty(pageable);
			model.addAttribute("listError", ex);
		}
		model.addAttribute("rows", page);
		List<Long> ids = page.stream().map(id::applyAsLong).toList();
		boolean showsTags = columns.stream().anyMatch(ListColumn::showsTags);
		model.addAttribute("tagsOf", showsTags ? tags.tagsOf(list.subject(), ids) : Map.of());
		model.addAttribute("valuesOf", chosenFields.isEmpty() ? Map.of() : customFields.valuesOf(list.subject(), ids));
		model.addAttribute("currentView", request.getParameter("view"));
		String template = "customer/" + list.view() + "/list";
		if ((list.item() + "-results").equals(htmx.getTarget())) {
			return template + " :: results";
		}
		model.addAttribute("views", views.of(list.view()));
		return template;
	}

	private static List<String> parameters(HttpServletRequest request, String name) {
		String[] values = request.getParameterValues(name);
		return values == null ? List.of() : List.of(values);
	}

}
