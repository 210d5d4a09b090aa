package io.guanxi.customer.transfer;

import java.io.IOException;
import java.util.List;

import io.guanxi.platform.BusinessRuleException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Importing accounts step by step: upload, map columns and choose options, preview, run.
 * The job's own page (progress, result) is {@link ImportJobController}.
 */
@Controller
@RequestMapping("/accounts/import")
class AccountImportController {

	private final ImportService imports;

	private final MessageSource messages;

	AccountImportController(ImportService imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@GetMapping
	String upload(Model model) {
		model.addAttribute("recent", imports.recent());
		return "customer/transfer/upload";
	}

	@PostMapping
	String upload(@RequestParam("file") MultipartFile file, @RequestParam(required = false) @Nullable String encoding,
			Model model) throws IOException {
		try {
			ImportJob job = imports.upload(AccountImportTarget.NAME, String.valueOf(file.getOriginalFilename()),
					file.getBytes(), encoding);
			return "redirect:/accounts/import/" + job.id();
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("error", messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(),
					LocaleContextHolder.getLocale()));
			return upload(model);
		}
	}

	/**
	 * Mapping and options, saved; then the preview, or the mapping again after a new
	 * encoding.
	 */
	@PostMapping("/{id}")
	String configure(@PathVariable long id, @RequestParam(required = false) @Nullable String encoding,
			@RequestParam(name = "mapping", required = false) @Nullable List<String> mapping,
			@RequestParam(defaultValue = "VALID_ROWS_ONLY") ImportMode mode,
			@RequestParam(defaultValue = "SKIP") DuplicatePolicy duplicates,
			@RequestParam(defaultValue = "false") boolean reread, RedirectAttributes redirect) {
		try {
			boolean encodingChanged = imports.configure(id,
					new ImportService.Settings(encoding, mapping == null ? List.of() : mapping, mode, duplicates));
			return reread || encodingChanged ? "redirect:/accounts/import/" + id
					: "redirect:/accounts/import/" + id + "/preview";
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("error", messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(),
					LocaleContextHolder.getLocale()));
			return "redirect:/accounts/import/" + id;
		}
	}

	@GetMapping("/{id}/preview")
	String preview(@PathVariable long id, Model model) {
		ImportService.Preview preview = imports.preview(id);
		model.addAttribute("job", preview.job());
		model.addAttribute("rows", preview.rows());
		model.addAttribute("fields", imports.fields(preview.job()));
		return "customer/transfer/preview";
	}

	@PostMapping("/{id}/run")
	String run(@PathVariable long id) {
		imports.start(id);
		return "redirect:/accounts/import/" + id;
	}

}
