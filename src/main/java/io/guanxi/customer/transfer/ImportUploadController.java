package io.guanxi.customer.transfer;

import java.io.IOException;

import io.guanxi.platform.BusinessRuleException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The first step of importing accounts or contacts: the upload form with the user's
 * recent imports. The steps after it, on the job's own pages, are
 * {@link ImportJobController}.
 */
@Controller
class ImportUploadController {

	private final ImportService imports;

	private final MessageSource messages;

	ImportUploadController(ImportService imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@GetMapping("/accounts/import")
	String accounts(Model model) {
		return form(AccountImportTarget.NAME, "accounts", model);
	}

	@PostMapping("/accounts/import")
	String uploadAccounts(@RequestParam("file") MultipartFile file,
			@RequestParam(required = false) @Nullable String encoding, Model model) throws IOException {
		return upload(AccountImportTarget.NAME, "accounts", file, encoding, model);
	}

	@GetMapping("/contacts/import")
	String contacts(Model model) {
		return form(ContactImportTarget.NAME, "contacts", model);
	}

	@PostMapping("/contacts/import")
	String uploadContacts(@RequestParam("file") MultipartFile file,
			@RequestParam(required = false) @Nullable String encoding, Model model) throws IOException {
		return upload(ContactImportTarget.NAME, "contacts", file, encoding, model);
	}

	private String form(String target, String records, Model model) {
		model.addAttribute("records", records);
		model.addAttribute("recent", imports.recent(target));
		return "customer/transfer/upload";
	}

	private String upload(String target, String records, MultipartFile file, @Nullable String encoding, Model model)
			throws IOException {
		try {
			ImportJob job = imports.upload(target, String.valueOf(file.getOriginalFilename()), file.getBytes(),
					encoding);
			return "redirect:/" + records + "/import/" + job.id();
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("error", messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(),
					LocaleContextHolder.getLocale()));
			return form(target, records, model);
		}
	}

}
