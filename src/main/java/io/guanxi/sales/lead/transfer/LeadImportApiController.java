package io.guanxi.sales.lead.transfer;

import java.io.IOException;
import java.io.InputStream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Loads leads from a CSV file, all rows or none: 200 with the count, or 422 with every
 * problem by line and column.
 */
@RestController
@RequestMapping("/api/v1/leads/imports")
@Tag(name = "Leads")
class LeadImportApiController {

	/** Problems listed in one answer; the count tells how many there were. */
	static final int PROBLEMS_LISTED = 1_000;

	private final LeadImport imports;

	private final MessageSource messages;

	LeadImportApiController(LeadImport imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	/** What an import wrote. */
	record ImportedView(int rows) {
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import a CSV file of leads (part 'file'), all rows or none",
			description = "Columns (English or Chinese headers): family name, given name (or name), company, title, "
					+ "email, mobile, phone, industry, region, city, source, campaign, description, owner (a user "
					+ "name; empty: the assignment rules decide). A retry with the same Idempotency-Key gets the "
					+ "first answer and imports nothing again.")
	ResponseEntity<?> upload(@RequestPart("file") MultipartFile file) throws IOException {
		return answer(imports.run(file.getBytes()));
	}

	@PostMapping(consumes = "text/csv")
	@Operation(summary = "Import a CSV body of leads, all rows or none")
	ResponseEntity<?> text(InputStream body) throws IOException {
		return answer(imports.run(body.readNBytes(LeadCsv.MAX_BYTES + 1)));
	}

	private ResponseEntity<?> answer(LeadImportResult result) {
		if (result.imported()) {
			return ResponseEntity.ok(new ImportedView(result.rows()));
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, messages.getMessage(
				"sales.leadImport.refused", new Object[] { result.badRows() }, LocaleContextHolder.getLocale()));
		problem.setTitle("Nothing was imported");
		problem.setProperty("errorCount", result.problems().size());
		problem.setProperty("errors", result.problems().stream().limit(PROBLEMS_LISTED).toList());
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
