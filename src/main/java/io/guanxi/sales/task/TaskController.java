package io.guanxi.sales.task;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.NavigationItem;
import io.guanxi.platform.StaleVersionException;
import io.guanxi.sales.SalesTasks;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "My tasks": the signed-in user's tasks by due time, a quick add and ticking off. htmx
 * gets the board again after a change, a plain post the page.
 */
@Controller
@RequestMapping("/tasks")
class TaskController {

	static final String PAGE = "sales/tasks/page";

	/** The id of the board on the page, which htmx names as the target. */
	static final String BOARD = "my-tasks";

	private final SalesTasks tasks;

	private final TaskErrors errors;

	private final Clock clock;

	TaskController(SalesTasks tasks, TaskErrors errors, Clock clock) {
		this.tasks = tasks;
		this.errors = errors;
		this.clock = clock;
	}

	@Bean
	static NavigationItem tasksNavigationItem() {
		return new NavigationItem("sales.tasks.nav", "/tasks", "check2-square", 45, null);
	}

	@GetMapping
	String page(Model model) {
		return board(null, null, false, model);
	}

	@PostMapping("/quick")
	String quickAdd(@Valid @ModelAttribute("form") TaskForm form, BindingResult result, HtmxRequest htmx, Model model) {
		if (errors.attempt(result, () -> tasks.create(form.toCommand(ZoneId.systemDefault())))) {
			return htmx.isHtmxRequest() ? board(null, null, true, model) : "redirect:/tasks";
		}
		return board(QuickAdd.refused(form, errors.messages(result)), null, htmx.isHtmxRequest(), model);
	}

	/**
	 * Ticks a task off or opens it again; the board answers for itself, any other list is
	 * loaded again.
	 */
	@PostMapping("/{id}/done")
	String tick(@PathVariable long id, @RequestParam boolean done, @RequestParam long version,
			@RequestParam(required = false) @Nullable String back, HtmxRequest htmx, Model model) {
		String error = null;
		try {
			tasks.markDone(id, done, version);
		}
		catch (BusinessRuleException | StaleVersionException ex) {
			error = errors.message(ex);
		}
		boolean onBoard = htmx.isHtmxRequest() && BOARD.equals(htmx.getTarget());
		if (onBoard || error != null) {
			return board(null, error, onBoard, model);
		}
		String target = TaskFormPage.safeBack(back);
		return (htmx.isHtmxRequest() ? "redirect:htmx:" : "redirect:") + target;
	}

	/** All done tasks, page by page. */
	@GetMapping("/done")
	String done(@PageableDefault(size = 25) Pageable pageable, Model model) {
		model.addAttribute("page", tasks.doneByCaller(pageable));
		return "sales/tasks/done";
	}

	private String board(@Nullable QuickAdd quick, @Nullable String error, boolean fragment, Model model) {
		model.addAttribute("my", tasks.mine());
		model.addAttribute("quick", quick == null ? QuickAdd.blank(today()) : quick);
		model.addAttribute("boardError", error);
		return fragment ? PAGE + " :: board" : PAGE;
	}

	private LocalDate today() {
		// the zone the pages show times in
		return LocalDate.now(clock.withZone(ZoneId.systemDefault()));
	}

}
