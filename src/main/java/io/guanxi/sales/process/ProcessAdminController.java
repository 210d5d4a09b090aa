package io.guanxi.sales.process;

import io.guanxi.customer.Tier;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.StaleVersionException;
import io.guanxi.sales.ProcessView;
import io.guanxi.sales.SalesProcessAdmin;
import io.guanxi.sales.SalesProcesses;
import io.guanxi.sales.SaveProcess;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
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
 * The sales process pages for administrators: the list, a process with its stages, its
 * description form, copying and deleting it. Stages have {@link StageAdminController}.
 */
@Controller
@RequestMapping(ProcessAdminController.PATH)
class ProcessAdminController {

	static final String PATH = "/admin/sales-processes";

	private static final String FORM = "sales/process/form";

	private final SalesProcessAdmin admin;

	private final SalesProcesses processes;

	private final FlashMessages flash;

	ProcessAdminController(SalesProcessAdmin admin, SalesProcesses processes, FlashMessages flash) {
		this.admin = admin;
		this.processes = processes;
		this.flash = flash;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("processes", admin.all());
		return "sales/process/list";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		model.addAttribute("process", processes.get(id));
		return "sales/process/detail";
	}

	@GetMapping("/new")
	String newProcess(Model model) {
		model.addAttribute("form", new SaveProcess("", null, null, null, true, false));
		return form(model, null, 0);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") SaveProcess form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				ProcessView process = admin.create(form);
				redirect.addFlashAttribute("saved", true);
				return "redirect:" + PATH + "/" + process.id();
			}
			catch (BusinessRuleException ex) {
				ex.rejectOn(errors);
			}
		}
		return form(model, null, 0);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		ProcessView process = processes.get(id);
		model.addAttribute("form", SaveProcess.of(process));
		return form(model, process, process.version());
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @RequestParam long version, @Valid @ModelAttribute("form") SaveProcess form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				admin.update(id, form, version);
				redirect.addFlashAttribute("saved", true);
				return "redirect:" + PATH + "/" + id;
			}
			catch (BusinessRuleException ex) {
				ex.rejectOn(errors);
			}
			catch (StaleVersionException ex) {
				errors.reject("platform.error.stale");
			}
		}
		return form(model, processes.get(id), version);
	}

	@PostMapping("/{id}/copy")
	String copy(@PathVariable long id, RedirectAttributes redirect) {
		ProcessView copy = admin.copy(id);
		redirect.addFlashAttribute("copied", true);
		return "redirect:" + PATH + "/" + copy.id();
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		if (flash.run(redirect, () -> admin.delete(id, version))) {
			redirect.addFlashAttribute("deleted", true);
			return "redirect:" + PATH;
		}
		return "redirect:" + PATH + "/" + id;
	}

	private String form(Model model, @Nullable ProcessView process, long version) {
		model.addAttribute("process", process);
		model.addAttribute("version", version);
		model.addAttribute("tiers", Tier.values());
		model.addAttribute("productLines",
				admin.all().stream().map(ProcessView::productLine).filter(line -> line != null).distinct().toList());
		return FORM;
	}

}
