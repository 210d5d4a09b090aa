package io.guanxi.customer.transfer;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.RecordNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import API of one target, e.g. {@code /api/v1/accounts/imports}: a file in, a job
 * out, polled at its location. The subclasses name the target.
 */
abstract class ImportApiController {

	private final ImportService imports;

	private final MessageSource messages;

	private final String target;

	private final String records;

	ImportApiController(ImportService imports, MessageSource messages, ImportTarget target) {
		this.imports = imports;
		this.messages = messages;
		this.target = target.name();
		this.records = target.records();
	}

	/**
	 * How to import a file; everything is optional.
	 *
	 * @param mapping the field for each file column, by header (e.g. {"客户名称": "name",
	 * "电话": "phone"}; the fields are listed on the upload page); columns left out are
	 * ignored; without a mapping the columns are mapped from their headers as the upload
	 * page guesses them
	 * @param mode VALID_ROWS_ONLY (default) or ALL_OR_NOTHING
	 * @param duplicates SKIP (default), UPDATE or CREATE
	 * @param encoding of a CSV file: UTF-8 or GB18030 (GBK); detected when empty
	 */
	record ImportOptions(@Nullable Map<String, String> mapping, @Nullable ImportMode mode,
			@Nullable DuplicatePolicy duplicates, @Nullable String encoding) {
	}

	record ErrorView(int row, @Nullable String column, @Nullable String field, String message) {
	}

	/** An import; {@code errors} lists the first 100 refused rows once it has ended. */
	record ImportView(long id, ImportStatus status, String fileName, ImportMode mode, DuplicatePolicy duplicates,
			int totalRows, int processedRows, int percent, int created, int updated, int skipped, int errorRows,
			@Nullable String failure, Instant createdAt, @Nullable Instant startedAt, @Nullable Instant finishedAt,
			List<ErrorView> errors) {
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload a CSV or XLSX file (part 'file') with options (part 'options', "
			+ "application/json) and start importing it; poll the Location for progress. "
			+ "A retry with the same Idempotency-Key gets the first answer and starts no second import")
	ResponseEntity<ImportView> create(@RequestPart("file") MultipartFile file,
			@RequestPart(name = "options", required = false) @Nullable ImportOptions options) throws IOException {
		ImportOptions chosen = options == null ? new ImportOptions(null, null, null, null) : options;
		ImportJob job = imports.upload(target, String.valueOf(file.getOriginalFilename()), file.getBytes(),
				chosen.encoding());
		try {
			imports.configure(job.id(),
					new ImportService.Settings(null, mapping(job, chosen.mapping()),
							chosen.mode() == null ? ImportMode.VALID_ROWS_ONLY : chosen.mode(),
							chosen.duplicates() == null ? DuplicatePolicy.SKIP : chosen.duplicates()));
			job = imports.start(job.id());
		}
		catch (BusinessRuleException ex) {
			imports.cancel(job.id());
			throw ex;
		}
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/" + records + "/imports/" + job.id()))
			.body(view(job));
	}

	@GetMapping("/{id}")
	@Operation(summary = "An import's status, counts and (once ended) its first 100 errors")
	ImportView get(@PathVariable long id) {
		return view(job(id));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Cancel an import: it stops at the next 1,000 rows and writes nothing")
	ResponseEntity<ImportView> cancel(@PathVariable long id) {
		job(id);
		return ResponseEntity.accepted().body(view(imports.cancel(id)));
	}

	@GetMapping(path = "/{id}/errors", produces = "text/csv")
	@Operation(summary = "Every refused row with its column and reason, as CSV")
	void errors(@PathVariable long id, HttpServletResponse response) throws IOException {
		ImportJobController.writeErrors(imports, messages, job(id), response);
	}

	/** The job, if the caller may see it and it imports this controller's records. */
	private ImportJob job(long id) {
		ImportJob job = imports.job(id);
		if (!job.target().equals(target)) {
			throw new RecordNotFoundException("import", id);
		}
		return job;
	}

	private static List<String> mapping(ImportJob job, @Nullable Map<String, String> byHeader) {
		if (byHeader == null) {
			return job.mapping();
		}
		for (String header : byHeader.keySet()) {
			if (!job.headers().contains(header)) {
				throw new BusinessRuleException("customer.transfer.error.unknownColumn", header);
			}
		}
		List<String> mapping = new ArrayList<>();
		for (String header : job.headers()) {
			String field = byHeader.get(header);
			mapping.add(field == null || mapping.contains(field) ? "" : field);
		}
		return mapping;
	}

	private ImportView view(ImportJob job) {
		List<ErrorView> errors = job.finished() ? imports.errors(job.id(), ImportJobController.ERRORS_SHOWN)
			.stream()
			.map(error -> new ErrorView(error.row(), error.column(), error.field(), error.message()))
			.toList() : List.of();
		return new ImportView(job.id(), job.status(), job.fileName(), job.mode(), job.duplicates(), job.totalRows(),
				job.processedRows(), job.percent(), job.created(), job.updated(), job.skipped(), job.errors(),
				job.failure(), job.createdAt(), job.startedAt(), job.finishedAt(), errors);
	}

}
