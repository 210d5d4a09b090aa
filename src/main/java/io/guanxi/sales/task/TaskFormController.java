package io.guanxi.sales.task;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import io.guanxi.platform.StaleVersionException;
import io.guanxi.sales.SalesTaskView;
import io.guanxi.sales.SalesTasks;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A task's full form: everything about it, for a new task and to change or delete one.
 */
@Controller
@RequestMapping("/tasks")
class TaskFormController {

	private final SalesTasks tasks;

	private final TaskFormPage page;

	private final TaskErrors errors;

	private final Clock clock;

	TaskFormController(SalesTasks tasks, TaskFormPage page, TaskErrors errors, Clock clock) {
		this.tasks = tasks;
		this.page = page;
		this.errors = errors;
		this.clock = clock;
	}

	@InitBinder("form")
	void emptyInputsAreNull(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@GetMapping("/new")
	String newTask(@RequestParam(required = false) @Nullable Long opportunityId,
			@RequestParam(required = false) @Nullable Long accountId,
			@RequestParam(required = false) @Nullable String back, Model model) {
		// the zone the pages show times in
		LocalDate today = LocalDate.now(clock.withZone(ZoneId.systemDefault()));
		model.addAttribute("form", TaskForm.blank(today, opportunityId, accountId));
		return page.forNew(TaskForm.blank(today, opportunityId, accountId), back, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") TaskForm form, BindingResult result,
			@RequestParam(required = false) @Nullable String back, Model model) {
		if (errors.attempt(result, () -> tasks.create(form.toCommand(ZoneId.systemDefault())))) {
			return "redirect:" + TaskFormPage.safeBack(back);
		}
		return page.forNew(form, back, model);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, @RequestParam(required = false) @Nullable String back, Model model) {
		SalesTaskView task = tasks.get(id);
		model.addAttribute("form", TaskForm.of(task, ZoneId.systemDefault()));
		return page.forEdit(task, task.version(), back, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @RequestParam long version, @Valid @ModelAttribute("form") TaskForm form,
			BindingResult result, @RequestParam(required = false) @Nullable String back, Model model) {
		SalesTaskView task = tasks.get(id);
		// what the task is for stays: the form shows it, it does not change it
		TaskForm fixed = new TaskForm(form.title(), form.notes(), form.dueDate(), form.dueTime(), form.remindDate(),
				form.remindTime(), form.priority(), form.assigneeId(), task.opportunityId(), task.accountId());
		if (errors.attempt(result, () -> tasks.update(id, fixed.toCommand(ZoneId.systemDefault()), version))) {
			return "redirect:" + TaskFormPage.safeBack(back);
		}
		return page.forEdit(task, version, back, model);
	}

	/**
	 * Deletes the task and goes back; htmx is told where to go in a header (a redirect
	 * would be followed inside its request).
	 */
	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) @Nullable String back, HtmxRequest htmx, Model model) {
		try {
			tasks.delete(id, version);
		}
		catch (StaleVersionException ex) {
			SalesTaskView task = tasks.get(id);
			model.addAttribute("form", TaskForm.of(task, ZoneId.systemDefault()));
			model.addAttribute("formError", errors.message(ex));
			return page.forEdit(task, task.version(), back, model);
		}
		String target = TaskFormPage.safeBack(back);
		return (htmx.isHtmxRequest() ? "redirect:htmx:" : "redirect:") + target;
	}

}
