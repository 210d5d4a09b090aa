package io.guanxi.customer.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.guanxi.customer.BulkAction;
import io.guanxi.customer.BulkActions;
import io.guanxi.customer.SavedViews;
import io.guanxi.platform.BusinessRuleException;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the customer list pages post: saving a view, making it the default or deleting it,
 * and bulk actions on the ticked rows. Each answers with a redirect back to the list.
 */
@Controller
@RequestMapping({ "/accounts", "/contacts" })
class ListActionController {

	/** The bulk form's buttons. */
	private static final Map<String, BulkAction.Kind> ACTIONS = Map.of("assign", BulkAction.Kind.ASSIGN_OWNER, "tag",
			BulkAction.Kind.ADD_TAG, "delete", BulkAction.Kind.DELETE);

	private final SavedViews views;

	private final BulkActions bulk;

	ListActionController(SavedViews views, BulkActions bulk) {
		this.views = views;
		this.bulk = bulk;
	}

	@PostMapping("/views")
	String saveView(HttpServletRequest request, @RequestParam String name,
			@RequestParam(defaultValue = "") String query, RedirectAttributes redirect) {
		String list = listOf(request);
		if (!StringUtils.hasText(name) || name.strip().length() > 60 || query.length() > 2000) {
			redirect.addFlashAttribute("viewError", true);
			return "redirect:/" + list + (query.isEmpty() ? "" : "?" + query);
		}
		SavedViews.View view = views.save(list, new SavedViews.SaveView(name, query));
		return "redirect:/" + list + "?" + query + (query.isEmpty() ? "" : "&") + "view=" + view.id();
	}

	@PostMapping("/views/{id}/default")
	String makeDefault(HttpServletRequest request, @PathVariable long id, @RequestParam boolean makeDefault) {
		String list = listOf(request);
		views.makeDefault(id, makeDefault);
		return "redirect:/" + list + "?view=" + id;
	}

	@PostMapping("/views/{id}/delete")
	String deleteView(@PathVariable long id, HttpServletRequest request) {
		String list = listOf(request);
		views.delete(id);
		return "redirect:/" + list + "?all";
	}

	/** A bulk action on the ticked rows; only rows the user may change are touched. */
	@PostMapping("/bulk")
	String bulk(HttpServletRequest request, @RequestParam String action,
			@RequestParam(name = "ids", required = false) @Nullable List<Long> ids,
			@RequestParam(required = false) @Nullable Long ownerId,
			@RequestParam(required = false) @Nullable Long tagId, @RequestParam(defaultValue = "") String back,
			RedirectAttributes redirect) {
		String list = listOf(request);
		BulkAction.Kind kind = ACTIONS.get(action);
		if (kind != null && ids != null && !ids.isEmpty()) {
			try {
				var subject = CustomerList.valueOf(list.toUpperCase(Locale.ROOT)).subject();
				int changed = bulk.apply(subject, new BulkAction(kind, ids, ownerId, tagId)).changed();
				redirect.addFlashAttribute("bulkDone", action);
				redirect.addFlashAttribute("bulkCount", changed);
			}
			catch (BusinessRuleException ex) {
				redirect.addFlashAttribute("bulkError", ex.messageKey());
				redirect.addFlashAttribute("bulkErrorArgs", ex.arguments());
			}
		}
		return "redirect:/" + list + (back.isEmpty() ? "?all" : "?" + back);
	}

	/**
	 * {@code accounts} or {@code contacts}, from the path (literal paths, so that they
	 * win over the record pages' {@code /accounts/{id}}).
	 */
	private static String listOf(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/contacts") ? "contacts" : "accounts";
	}

}
