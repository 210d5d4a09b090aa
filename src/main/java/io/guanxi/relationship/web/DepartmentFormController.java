package io.guanxi.relationship.web;

import java.time.LocalDate;
import java.util.Locale;

import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.StaleVersionException;
import io.guanxi.relationship.DepartmentView;
import io.guanxi.relationship.OrgService;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The org chart page's department forms: add, rename or move, delete. Errors show in the
 * departments panel, kept open.
 */
@Controller
@RequestMapping("/accounts/{accountId}/org-chart/departments")
class DepartmentFormController {

	private static final String FORM = "departmentForm";

	private final OrgChartPage page;

	private final OrgService org;

	private final MessageSource messages;

	DepartmentFormController(OrgChartPage page, OrgService org, MessageSource messages) {
		this.page = page;
		this.org = org;
		this.messages = messages;
	}

	@InitBinder
	void emptyInputsAreNull(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@PostMapping
	String create(@PathVariable long accountId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@Valid @ModelAttribute(FORM) DepartmentForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				DepartmentView created = org.createDepartment(accountId, form.toCommand());
				return saved(redirect, accountId, asOf, "relationship.org.saved.department", created.name());
			}
			catch (BusinessRuleException ex) {
				ex.rejectOn(errors);
			}
		}
		return page(model, accountId, asOf);
	}

	@PostMapping("/{departmentId}")
	String update(@PathVariable long accountId, @PathVariable long departmentId, @RequestParam long version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@Valid @ModelAttribute("departmentEdit") DepartmentForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				checkAccount(accountId, departmentId);
				DepartmentView saved = org.updateDepartment(departmentId, form.toCommand(), version);
				return saved(redirect, accountId, asOf, "relationship.org.saved.department", saved.name());
			}
			catch (BusinessRuleException ex) {
				ex.rejectOn(errors);
			}
			catch (StaleVersionException ex) {
				errors.reject("platform.error.stale");
			}
		}
		return problems(model, accountId, asOf, errors);
	}

	@PostMapping("/{departmentId}/delete")
	String delete(@PathVariable long accountId, @PathVariable long departmentId, @RequestParam long version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			Model model, RedirectAttributes redirect) {
		BindingResult errors = new BeanPropertyBindingResult(DepartmentForm.blank(), "departmentEdit");
		try {
			checkAccount(accountId, departmentId);
			org.deleteDepartment(departmentId, version);
			return saved(redirect, accountId, asOf, "relationship.org.saved.departmentDeleted");
		}
		catch (BusinessRuleException ex) {
			ex.rejectOn(errors);
		}
		catch (StaleVersionException ex) {
			errors.reject("platform.error.stale");
		}
		return problems(model, accountId, asOf, errors);
	}

	/**
	 * A department of another account is refused as the service refuses a wrong parent.
	 */
	private void checkAccount(long accountId, long departmentId) {
		if (org.departments(accountId).stream().noneMatch(department -> department.id() == departmentId)) {
			throw new BusinessRuleException("relationship.department.error.account");
		}
	}

	/** Errors of one department's row, shown above the list in the user's language. */
	private String problems(Model model, long accountId, @Nullable LocalDate asOf, BindingResult errors) {
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("departmentProblems",
				errors.getAllErrors().stream().map(error -> messages.getMessage(error, locale)).toList());
		return page(model, accountId, asOf);
	}

	private String page(Model model, long accountId, @Nullable LocalDate asOf) {
		page.fill(model, accountId, asOf, "departments");
		return OrgChartPage.TEMPLATE;
	}

	private String saved(RedirectAttributes redirect, long accountId, @Nullable LocalDate asOf, String messageKey,
			Object... arguments) {
		redirect.addFlashAttribute("savedKey", messageKey);
		redirect.addFlashAttribute("savedArguments", arguments);
		redirect.addFlashAttribute("openForm", "departments");
		LocalDate today = page.today();
		return "redirect:" + OrgChartPaths.chart(accountId, asOf == null ? today : asOf, today);
	}

}
