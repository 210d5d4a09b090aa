package io.guanxi.sales.task;

import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Function;

import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.StaleVersionException;
import io.guanxi.sales.SaveSalesTask;
import io.guanxi.sales.SalesTasks;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The task sections' own endpoints on the opportunity and the account page: quick add and
 * tick off. htmx gets the section again, a plain post the record's page.
 */
@Controller
class TaskSectionController {

	private static final String DEAL = "/opportunities/{id}/sales-tasks";

	private static final String ACCOUNT = "/accounts/{id}/sales-tasks";

	private final SalesTasks tasks;

	private final TaskSections sections;

	private final TaskErrors errors;

	private final TaskFormPage formPage;

	TaskSectionController(SalesTasks tasks, TaskSections sections, TaskErrors errors, TaskFormPage formPage) {
		this.tasks = tasks;
		this.sections = sections;
		this.errors = errors;
		this.formPage = formPage;
	}

	@GetMapping(DEAL)
	String dealSection(@PathVariable long id, HtmxRequest htmx, Model model) {
		return respond(Target.deal(id), sections.forDeal(id, null, null), htmx, model);
	}

	@PostMapping(DEAL)
	String addToDeal(@PathVariable long id, @Valid @ModelAttribute("form") TaskForm form, BindingResult result,
			HtmxRequest htmx, Model model) {
		return add(Target.deal(id), form, result, htmx, model,
				zone -> SaveSalesTask.quick(title(form), due(form, zone), id, null));
	}

	@PostMapping(DEAL + "/{taskId}/done")
	String tickOnDeal(@PathVariable long id, @PathVariable long taskId, @RequestParam boolean done,
			@RequestParam long version, HtmxRequest htmx, Model model) {
		return tick(Target.deal(id), taskId, done, version, htmx, model);
	}

	@GetMapping(ACCOUNT)
	String accountSection(@PathVariable long id, HtmxRequest htmx, Model model) {
		return respond(Target.account(id), sections.forAccount(id, null, null), htmx, model);
	}

	@PostMapping(ACCOUNT)
	String addToAccount(@PathVariable long id, @Valid @ModelAttribute("form") TaskForm form, BindingResult result,
			HtmxRequest htmx, Model model) {
		return add(Target.account(id), form, result, htmx, model,
				zone -> SaveSalesTask.quick(title(form), due(form, zone), null, id));
	}

	@PostMapping(ACCOUNT + "/{taskId}/done")
	String tickOnAccount(@PathVariable long id, @PathVariable long taskId, @RequestParam boolean done,
			@RequestParam long version, HtmxRequest htmx, Model model) {
		return tick(Target.account(id), taskId, done, version, htmx, model);
	}

	private String add(Target target, TaskForm form, BindingResult result, HtmxRequest htmx, Model model,
			Function<ZoneId, SaveSalesTask> command) {
		// the zone the pages show times in
		if (errors.attempt(result, () -> tasks.create(command.apply(ZoneId.systemDefault())))) {
			return respond(target, load(target, null, null), htmx, model);
		}
		if (!htmx.isHtmxRequest() || htmx.isBoosted()) {
			// without JavaScript the full form shows why; the quick add sends what the
			// task is for along
			return formPage.forNew(form, target.page(), model);
		}
		QuickAdd refused = QuickAdd.refused(form, errors.messages(result));
		return respond(target, load(target, refused, null), htmx, model);
	}

	private String tick(Target target, long taskId, boolean done, long version, HtmxRequest htmx, Model model) {
		String error = null;
		try {
			tasks.markDone(taskId, done, version);
		}
		catch (BusinessRuleException | StaleVersionException ex) {
			error = errors.message(ex);
		}
		return respond(target, load(target, null, error), htmx, model);
	}

	private TaskSectionData load(Target target, @Nullable QuickAdd quick, @Nullable String error) {
		return target.deal() ? sections.forDeal(target.id(), quick, error)
				: sections.forAccount(target.id(), quick, error);
	}

	/** htmx gets the section; a plain request goes to the record's page. */
	private static String respond(Target target, TaskSectionData data, HtmxRequest htmx, Model model) {
		if (!htmx.isHtmxRequest() || htmx.isBoosted()) {
			return "redirect:" + target.page();
		}
		model.addAttribute("data", data);
		return "sales/tasks/section :: panel";
	}

	private static String title(TaskForm form) {
		return form.title() == null ? "" : form.title();
	}

	private static @Nullable Instant due(TaskForm form, ZoneId zone) {
		return form.toCommand(zone).dueAt();
	}

	private record Target(boolean deal, long id) {

		String page() {
			return (deal ? "/opportunities/" : "/accounts/") + id + "#" + TaskSectionData.ANCHOR;
		}

		static Target deal(long id) {
			return new Target(true, id);
		}

		static Target account(long id) {
			return new Target(false, id);
		}

	}

}
