package io.guanxi.customer.transfer;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.RecordNotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An import's own page, for accounts and contacts alike: the mapping and options while it
 * is a draft, the preview, then its progress (which htmx polls every second), Cancel, and
 * the result with the error report. The path names the job's records; another job's id
 * under it is not found.
 */
@Controller
@RequestMapping("/{records:accounts|contacts}/import/{id}")
class ImportJobController {

	static final int ERRORS_SHOWN = 100;

	private final ImportService imports;

	private final MessageSource messages;

	ImportJobController(ImportService imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@GetMapping
	String show(@PathVariable String records, @PathVariable long id, Model model) {
		ImportJob job = job(records, id, model);
		if (job.status() == ImportStatus.DRAFT) {
			model.addAttribute("scan", imports.scan(job));
			model.addAttribute("fields", imports.fields(job));
			return "customer/transfer/mapping";
		}
		return progress(job, model, "customer/transfer/job");
	}

	/**
	 * Mapping and options, saved; then the preview, or the mapping again after a new
	 * encoding.
	 */
	@PostMapping
	String configure(@PathVariable String records, @PathVariable long id,
			@RequestParam(required = false) @Nullable String encoding,
			@RequestParam(name = "mapping", required = false) @Nullable List<String> mapping,
			@RequestParam(defaultValue = "VALID_ROWS_ONLY") ImportMode mode,
			@RequestParam(defaultValue = "SKIP") DuplicatePolicy duplicates,
			@RequestParam(defaultValue = "false") boolean reread, RedirectAttributes redirect) {
		job(records, id, null);
		String page = "redirect:/" + records + "/import/" + id;
		try {
			boolean encodingChanged = imports.configure(id,
					new ImportService.Settings(encoding, mapping == null ? List.of() : mapping, mode, duplicates));
			return reread || encodingChanged ? page : page + "/preview";
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("error", messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(),
					LocaleContextHolder.getLocale()));
			return page;
		}
	}

	@GetMapping("/preview")
	String preview(@PathVariable String records, @PathVariable long id, Model model) {
		job(records, id, model);
		ImportService.Preview preview = imports.preview(id);
		model.addAttribute("job", preview.job());
		model.addAttribute("rows", preview.rows());
		model.addAttribute("fields", imports.fields(preview.job()));
		return "customer/transfer/preview";
	}

	@PostMapping("/run")
	String run(@PathVariable String records, @PathVariable long id) {
		job(records, id, null);
		imports.start(id);
		return "redirect:/" + records + "/import/" + id;
	}

	@GetMapping("/progress")
	String progress(@PathVariable String records, @PathVariable long id, Model model) {
		return progress(job(records, id, model), model, "customer/transfer/job :: progress");
	}

	@PostMapping("/cancel")
	String cancel(@PathVariable String records, @PathVariable long id, HtmxRequest htmx, Model model) {
		boolean draft = job(records, id, model).status() == ImportStatus.DRAFT;
		ImportJob job = imports.cancel(id);
		if (draft) {
			String upload = "/" + records + "/import";
			return htmx.isHtmxRequest() ? "redirect:htmx:" + upload : "redirect:" + upload;
		}
		return htmx.isHtmxRequest() ? progress(job, model, "customer/transfer/job :: progress")
				: "redirect:/" + records + "/import/" + id;
	}

	/**
	 * Every refused row as CSV (UTF-8 with BOM for Excel), in the importer's language.
	 */
	@GetMapping("/errors.csv")
	void errors(@PathVariable String records, @PathVariable long id, HttpServletResponse response) throws IOException {
		writeErrors(imports, messages, job(records, id, null), response);
	}

	/**
	 * The job, if the user may see it and it imports these records; on the model with the
	 * records, which the pages build their links and texts from.
	 */
	private ImportJob job(String records, long id, @Nullable Model model) {
		ImportJob job = imports.job(id);
		if (!imports.target(job).records().equals(records)) {
			throw new RecordNotFoundException("import", id);
		}
		if (model != null) {
			model.addAttribute("records", records);
			model.addAttribute("job", job);
		}
		return job;
	}

	static void writeErrors(ImportService imports, MessageSource messages, ImportJob job, HttpServletResponse response)
			throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("import-" + job.id() + "-errors.csv").build().toString());
		var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL);
		var locale = job.locale();
		Map<String, String> labels = fieldLabels(imports, job);
		csv.printRecord(messages.getMessage("customer.transfer.errors.row", null, locale),
				messages.getMessage("customer.transfer.errors.column", null, locale),
				messages.getMessage("customer.transfer.errors.field", null, locale),
				messages.getMessage("customer.transfer.errors.message", null, locale));
		imports.forEachError(job.id(), error -> {
			try {
				String field = error.field() == null ? null : labels.get(error.field());
				csv.printRecord(error.row(), SpreadsheetText.neutralise(error.column()),
						field == null ? "" : messages.getMessage(field, null, error.field(), locale),
						SpreadsheetText.neutralise(error.message()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		csv.flush();
	}

	/** Message keys of the target's field labels, by field. */
	static Map<String, String> fieldLabels(ImportService imports, ImportJob job) {
		return imports.fields(job).stream().collect(Collectors.toMap(ImportField::key, ImportField::labelKey));
	}

	private String progress(ImportJob job, Model model, String view) {
		model.addAttribute("job", job);
		if (job.finished()) {
			model.addAttribute("errors", imports.errors(job.id(), ERRORS_SHOWN));
		}
		model.addAttribute("fieldLabels", fieldLabels(imports, job));
		return view;
	}

}
