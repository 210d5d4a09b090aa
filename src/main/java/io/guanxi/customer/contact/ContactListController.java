package io.guanxi.customer.contact;

import java.util.List;
import java.util.Set;

import io.guanxi.customer.ContactFilter;
import io.guanxi.customer.ContactService;
import io.guanxi.customer.ContactSummary;
import io.guanxi.customer.PreferredChannel;
import io.guanxi.customer.web.CustomerList;
import io.guanxi.customer.web.ListColumn;
import io.guanxi.customer.web.ListPages;
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
 * The contact list, the same as the account list: filters, sort and columns; its saved
 * views and bulk actions are posted to the shared list actions.
 */
@Controller
@RequestMapping("/contacts")
class ContactListController {

	/** The columns a user can show; the name is always shown. */
	static final List<ListColumn> COLUMNS = List.of(new ListColumn("JOB_TITLE", "jobTitle", true),
			new ListColumn("ACCOUNTS", "accounts", false), new ListColumn("MOBILE", "mobile", false),
			new ListColumn("PHONE", "phone", false), new ListColumn("EMAIL", "email", true),
			new ListColumn("WECHAT", "wechat", false), new ListColumn("CITY", "city", true),
			new ListColumn("LANGUAGE", "preferredLanguage", false),
			new ListColumn("CHANNEL", "preferredChannel", false),
			new ListColumn("DO_NOT_CONTACT", "doNotContact", false), new ListColumn("TAGS", "tags", false),
			new ListColumn("OWNER", "owner", false), new ListColumn("CREATED", "createdAt", true),
			new ListColumn("UPDATED", "updatedAt", true));

	static final Set<String> DEFAULT_COLUMNS = Set.of("JOB_TITLE", "ACCOUNTS", "MOBILE", "EMAIL", "OWNER", "UPDATED");

	private final ContactService contacts;

	private final ListPages pages;

	ContactListController(ContactService contacts, ListPages pages) {
		this.contacts = contacts;
		this.pages = pages;
	}

	/**
	 * The list. Opened without any parameter it shows the user's default view; while the
	 * user changes a filter, htmx asks for the results only. Columns are chosen with
	 * {@code cols} and {@code fcols} (custom field codes).
	 */
	@GetMapping
	String list(@ModelAttribute("filter") ContactFilter filter,
			@PageableDefault(size = 25, sort = "fullName", direction = Sort.Direction.ASC) Pageable pageable,
			HttpServletRequest request, HtmxRequest htmx, Model model) {
		ContactFilter all = filter.withCustomFieldsFrom(request.getParameterMap());
		model.addAttribute("channels", PreferredChannel.values());
		model.addAttribute("languages", ContactController.LANGUAGES);
		return pages.defaultView(CustomerList.CONTACTS, request)
			.orElseGet(() -> pages.show(CustomerList.CONTACTS, all, COLUMNS, DEFAULT_COLUMNS, pageable,
					page -> contacts.list(all, page), ContactSummary::id, request, htmx, model));
	}

}
