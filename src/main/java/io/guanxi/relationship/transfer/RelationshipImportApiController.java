package io.guanxi.relationship.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * Loads an existing org chart and its relationships from a CSV file, all rows or none:
 * 200 with the counts, or 422 with every problem by line and column.
 */
@RestController
@RequestMapping("/api/v1/relationships/imports")
class RelationshipImportApiController {

	/** Problems listed in one answer; the count tells how many there were. */
	static final int PROBLEMS_LISTED = 1_000;

	private static final String KIND_HELP = "positions, company-links or person-ties; the columns of each are "
			+ "documented on the page /relationships/import, which also offers a template";

	private final RelationshipImports imports;

	private final MessageSource messages;

	RelationshipImportApiController(RelationshipImports imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	/** What an import wrote. */
	record ImportedView(String kind, int rows, int departmentsCreated) {
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import a CSV file (part 'file') of positions, company links or person ties, all rows or "
			+ "none. A retry with the same Idempotency-Key gets the first answer and imports nothing again")
	ResponseEntity<?> upload(@Parameter(description = KIND_HELP) @RequestParam String kind,
			@RequestPart("file") MultipartFile file) throws IOException {
		return answer(imports.run(kind(kind), file.getBytes()));
	}

	@PostMapping(consumes = "text/csv")
	@Operation(summary = "Import a CSV body of positions, company links or person ties, all rows or none")
	ResponseEntity<?> text(@Parameter(description = KIND_HELP) @RequestParam String kind, InputStream body)
			throws IOException {
		return answer(imports.run(kind(kind), body.readNBytes(ImportFile.MAX_BYTES + 1)));
	}

	private static ImportKind kind(String kind) {
		return ImportKind.of(kind)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"kind must be positions, company-links or person-ties"));
	}

	private ResponseEntity<?> answer(ImportResult result) {
		if (result.imported()) {
			return ResponseEntity
				.ok(new ImportedView(result.kind().slug(), result.rows(), result.departmentsCreated()));
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, messages.getMessage(
				"relationship.import.refused", new Object[] { result.badRows() }, LocaleContextHolder.getLocale()));
		problem.setTitle("Nothing was imported");
		problem.setProperty("kind", result.kind().slug());
		problem.setProperty("errorCount", result.problems().size());
		List<ImportProblem> listed = result.problems().stream().limit(PROBLEMS_LISTED).toList();
		problem.setProperty("errors", listed);
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
