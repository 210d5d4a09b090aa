package io.guanxi.customer.transfer;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * An import's page: the mapping while it is a draft, then its progress (which htmx polls
 * every second), Cancel, and the result with the error report.
 */
@Controller
@RequestMapping("/accounts/import/{id}")
class ImportJobController {

	static final int ERRORS_SHOWN = 100;

	private final ImportService imports;

	private final MessageSource messages;

	ImportJobController(ImportService imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@GetMapping
	String show(@PathVariable long id, Model model) {
		ImportJob job = imports.job(id);
		if (job.status() == ImportStatus.DRAFT) {
			model.addAttribute("job", job);
			model.addAttribute("scan", imports.scan(job));
			model.addAttribute("fields", imports.fields(job));
			return "customer/transfer/mapping";
		}
		return progress(job, model, "customer/transfer/job");
	}

	@GetMapping("/progress")
	String progress(@PathVariable long id, Model model) {
		return progress(imports.job(id), model, "customer/transfer/job :: progress");
	}

	@PostMapping("/cancel")
	String cancel(@PathVariable long id, HtmxRequest htmx, Model model) {
		boolean draft = imports.job(id).status() == ImportStatus.DRAFT;
		ImportJob job = imports.cancel(id);
		if (draft) {
			return htmx.isHtmxRequest() ? "redirect:htmx:/accounts/import" : "redirect:/accounts/import";
		}
		return htmx.isHtmxRequest() ? progress(job, model, "customer/transfer/job :: progress")
				: "redirect:/accounts/import/" + id;
	}

	/**
	 * Every refused row as CSV (UTF-8 with BOM for Excel), in the importer's language.
	 */
	@GetMapping("/errors.csv")
	void errors(@PathVariable long id, HttpServletResponse response) throws IOException {
		ImportJob job = imports.job(id);
		writeErrors(imports, messages, job, response);
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
