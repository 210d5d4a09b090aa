package io.guanxi.sales.process;

import java.util.HashMap;
import java.util.Map;

import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.StaleVersionException;
import io.guanxi.sales.DocumentKind;
import io.guanxi.sales.GateField;
import io.guanxi.sales.GateKind;
import io.guanxi.sales.ProcessView;
import io.guanxi.sales.SalesProcessAdmin;
import io.guanxi.sales.SalesProcesses;
import io.guanxi.sales.SaveStage;
import io.guanxi.sales.StageOutcome;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A process's stages for administrators: the stage form (checklist and control points
 * included), moving a stage up or down, deleting it.
 */
@Controller
@RequestMapping(ProcessAdminController.PATH + "/{processId}/stages")
class StageAdminController {

	private static final String FORM = "sales/process/stage-form";

	private final SalesProcessAdmin admin;

	private final SalesProcesses processes;

	private final FlashMessages flash;

	StageAdminController(SalesProcessAdmin admin, SalesProcesses processes, FlashMessages flash) {
		this.admin = admin;
		this.processes = processes;
		this.flash = flash;
	}

	@GetMapping("/new")
	String newStage(@PathVariable long processId, Model model) {
		ProcessView process = processes.get(processId);
		model.addAttribute("form", StageForm.blank());
		return form(model, process, null, process.version());
	}

	@PostMapping
	String create(@PathVariable long processId, @RequestParam long version,
			@Valid @ModelAttribute("form") StageForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		SaveStage command = form.toCommand(errors);
		if (command != null && save(errors, () -> admin.addStage(processId, command, version))) {
			redirect.addFlashAttribute("saved", true);
			return detail(processId);
		}
		return form(model, processes.get(processId), null, version);
	}

	@GetMapping("/{stageId}")
	String edit(@PathVariable long processId, @PathVariable long stageId, Model model) {
		ProcessView process = processes.get(processId);
		model.addAttribute("form", StageForm.of(process.stage(stageId)));
		return form(model, process, stageId, process.version());
	}

	@PostMapping("/{stageId}")
	String update(@PathVariable long processId, @PathVariable long stageId, @RequestParam long version,
			@Valid @ModelAttribute("form") StageForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		SaveStage command = form.toCommand(errors);
		if (command != null && save(errors, () -> admin.updateStage(processId, stageId, command, version))) {
			redirect.addFlashAttribute("saved", true);
			return detail(processId);
		}
		return form(model, processes.get(processId), stageId, version);
	}

	/**
	 * Moves the stage and puts the keyboard focus back on its buttons (which scrolls to
	 * it), so that pressing Enter again moves it further.
	 */
	@PostMapping("/{stageId}/move")
	String move(@PathVariable long processId, @PathVariable long stageId, @RequestParam int step,
			@RequestParam long version, RedirectAttributes redirect) {
		if (flash.run(redirect, () -> admin.moveStage(processId, stageId, step, version))) {
			redirect.addFlashAttribute("moved", stageId);
			redirect.addFlashAttribute("step", Integer.signum(step));
		}
		return detail(processId);
	}

	@PostMapping("/{stageId}/delete")
	String delete(@PathVariable long processId, @PathVariable long stageId, @RequestParam long version,
			RedirectAttributes redirect) {
		if (flash.run(redirect, () -> admin.deleteStage(processId, stageId, version))) {
			redirect.addFlashAttribute("stageDeleted", true);
		}
		return detail(processId);
	}

	private static boolean save(BindingResult errors, Runnable action) {
		if (errors.hasErrors()) {
			return false;
		}
		try {
			action.run();
			return true;
		}
		catch (BusinessRuleException ex) {
			ex.rejectOn(errors);
		}
		catch (StaleVersionException | OptimisticLockingFailureException ex) {
			errors.reject("platform.error.stale");
		}
		return false;
	}

	private static String detail(long processId) {
		return "redirect:" + ProcessAdminController.PATH + "/" + processId;
	}

	private static String form(Model model, ProcessView process, @Nullable Long stageId, long version) {
		model.addAttribute("process", process);
		model.addAttribute("stageId", stageId);
		model.addAttribute("stage", stageId == null ? null : process.stage(stageId));
		// the default process's tasks show translated until renamed: the form says so
		Map<Long, String> taskCodes = new HashMap<>();
		if (stageId != null) {
			process.stage(stageId)
				.tasks()
				.stream()
				.filter(task -> task.code() != null)
				.forEach(task -> taskCodes.put(task.id(), task.code()));
		}
		model.addAttribute("taskCodes", taskCodes);
		model.addAttribute("version", version);
		model.addAttribute("outcomes", StageOutcome.values());
		model.addAttribute("gateKinds", GateKind.values());
		model.addAttribute("gateFields", GateField.values());
		model.addAttribute("documentKinds", DocumentKind.values());
		return FORM;
	}

}
