package io.guanxi.customer.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.guanxi.platform.AccessService;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.CurrentUser;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.platform.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * The import flow for pages and API: upload, mapping and options, preview, start, watch,
 * cancel, error report. A job is visible to the user who uploaded it, and to admins.
 */
@Service
class ImportService {

	static final int PREVIEW_ROWS = 20;

	static final int SAMPLE_ROWS = 3;

	private final ImportJobs jobs;

	private final ImportRunner runner;

	private final ColumnGuesser guesser;

	private final AccessService access;

	private final MessageSource messages;

	ImportService(ImportJobs jobs, ImportRunner runner, ColumnGuesser guesser, AccessService access,
			MessageSource messages) {
		this.jobs = jobs;
		this.runner = runner;
		this.guesser = guesser;
		this.access = access;
		this.messages = messages;
	}

	/** The user's choices for a job. */
	record Settings(@Nullable String encoding, List<String> mapping, ImportMode mode, DuplicatePolicy duplicates) {
	}

	/**
	 * What the mapping page shows: the headers, the first rows, and the field of each
	 * column.
	 */
	record Scan(List<String> headers, List<SourceRow> samples, int totalRows) {
	}

	/** The first rows of the file with what the import would do with each. */
	record Preview(ImportJob job, List<ImportChunks.Outcome> rows) {
	}

	/** Stores an uploaded file as a draft job, with a guessed mapping. */
	ImportJob upload(String target, String fileName, byte[] content, @Nullable String encoding) {
		if (content.length == 0) {
			throw new BusinessRuleException("customer.transfer.error.empty");
		}
		if (TabularFile.isLegacyExcel(content)) {
			throw new BusinessRuleException("customer.transfer.error.xls");
		}
		FileFormat format = TabularFile.format(content);
		Charset charset = charset(format, content, encoding);
		Scan scan = scan(content, format, charset);
		List<String> mapping = guesser.guess(scan.headers(), runner.target(target).fields());
		long id = jobs.create(new ImportJobs.NewJob(target, name(fileName), format,
				format == FileFormat.CSV ? charset.name() : null, scan.headers(), mapping, scan.totalRows(),
				LocaleContextHolder.getLocale(), access.currentUser().id(), content));
		return jobs.find(id).orElseThrow();
	}

	ImportJob job(long id) {
		ImportJob job = jobs.find(id).orElseThrow(() -> new RecordNotFoundException("import", id));
		CurrentUser user = access.currentUser();
		if (job.createdBy() != user.id() && user.role() != Role.ADMIN) {
			throw new RecordNotFoundException("import", id);
		}
		return job;
	}

	/** The user's latest imports into the target. */
	List<ImportJob> recent(String target) {
		return jobs.recent(access.currentUser().id(), target, 10);
	}

	ImportTarget target(ImportJob job) {
		return runner.target(job.target());
	}

	List<ImportField> fields(ImportJob job) {
		return target(job).fields();
	}

	/** Headers and first rows of a draft's file, read in the job's encoding. */
	Scan scan(ImportJob job) {
		byte[] content = jobs.content(job.id());
		return scan(content, job.format(), ImportRunner.charset(job));
	}

	/**
	 * Saves mapping and options. A new encoding reads the headers again and guesses the
	 * mapping anew; answers whether it did.
	 */
	boolean configure(long id, Settings settings) {
		ImportJob job = draft(id);
		ImportTarget target = target(job);
		List<ImportField> fields = target.fields();
		String encoding = job.encoding();
		List<String> headers = job.headers();
		List<String> mapping = settings.mapping();
		int total = job.totalRows();
		Charset charset = chosenCharset(settings.encoding());
		boolean reread = job.format() == FileFormat.CSV && charset != null && !charset.name().equals(encoding);
		if (reread) {
			Scan scan = scan(jobs.content(id), job.format(), charset);
			encoding = charset.name();
			headers = scan.headers();
			total = scan.totalRows();
			mapping = guesser.guess(headers, fields);
		}
		else if (mapping.size() != headers.size()) {
			throw new BusinessRuleException("customer.transfer.error.mapping");
		}
		if (!jobs.configure(id, encoding, headers, mapping, settings.mode(), settings.duplicates(), total)) {
			throw new BusinessRuleException("customer.transfer.error.started");
		}
		// saved first, so that the page shows the user's choices with the problem
		check(mapping, headers, target);
		return reread;
	}

	Preview preview(long id) {
		ImportJob job = job(id);
		byte[] content = jobs.content(id);
		List<SourceRow> rows = new ArrayList<>();
		try (var reader = TabularFile.open(content, job.format(), ImportRunner.charset(job))) {
			reader.next();
			for (SourceRow row = reader.next(); row != null && rows.size() < PREVIEW_ROWS; row = reader.next()) {
				rows.add(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		var context = new ImportContext(id, job.createdBy(), access.scope(), LocaleContextHolder.getLocale(),
				java.time.Instant.now());
		return new Preview(job, preview(runner.target(job.target()).open(context), job, rows));
	}

	private static <R> List<ImportChunks.Outcome> preview(TargetRun<R> run, ImportJob job, List<SourceRow> rows) {
		return new ImportChunks<>(run, job.headers(), job.mapping(), job.duplicates()).process(rows, false).outcomes();
	}

	/** Queues a draft; starting twice is harmless. */
	ImportJob start(long id) {
		ImportJob job = draft(id);
		check(job.mapping(), job.headers(), target(job));
		if (jobs.queue(id)) {
			runner.submit(id);
		}
		return jobs.find(id).orElseThrow();
	}

	ImportJob cancel(long id) {
		job(id);
		jobs.requestCancel(id);
		return jobs.find(id).orElseThrow();
	}

	List<RowError> errors(long id, int limit) {
		job(id);
		return jobs.errors(id, limit);
	}

	void forEachError(long id, java.util.function.Consumer<RowError> action) {
		job(id);
		jobs.forEachError(id, action);
	}

	private ImportJob draft(long id) {
		ImportJob job = job(id);
		if (job.status() != ImportStatus.DRAFT) {
			throw new BusinessRuleException("customer.transfer.error.started");
		}
		return job;
	}

	/**
	 * Every column goes to a known field or nowhere, no field twice, the required fields
	 * (or one of each group of them) once.
	 */
	private void check(List<String> mapping, List<String> headers, ImportTarget target) {
		if (mapping.size() != headers.size()) {
			throw new BusinessRuleException("customer.transfer.error.mapping");
		}
		Map<String, String> labels = new LinkedHashMap<>();
		target.fields().forEach(field -> labels.put(field.key(), field.labelKey()));
		Set<String> used = new HashSet<>();
		for (String field : mapping) {
			if (field.isEmpty()) {
				continue;
			}
			if (!labels.containsKey(field)) {
				throw new BusinessRuleException("customer.transfer.error.mapping");
			}
			if (!used.add(field)) {
				throw new BusinessRuleException("customer.transfer.error.mappedTwice", label(labels.get(field)));
			}
		}
		for (List<String> group : target.required()) {
			if (group.stream().noneMatch(used::contains)) {
				String names = String.join(" / ", group.stream().map(field -> label(labels.get(field))).toList());
				throw new BusinessRuleException(
						group.size() == 1 ? "customer.transfer.error.required" : "customer.transfer.error.requiredOne",
						names);
			}
		}
	}

	private String label(@Nullable String key) {
		return key == null ? "" : messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

	private static Charset charset(FileFormat format, byte[] content, @Nullable String encoding) {
		Charset chosen = chosenCharset(encoding);
		return chosen != null ? chosen : TabularFile.detectCharset(content);
	}

	private static @Nullable Charset chosenCharset(@Nullable String encoding) {
		try {
			return TabularFile.charset(encoding);
		}
		catch (IllegalArgumentException ex) {
			throw new BusinessRuleException("customer.transfer.error.encoding");
		}
	}

	private static Scan scan(byte[] content, FileFormat format, Charset charset) {
		try (var reader = TabularFile.open(content, format, charset)) {
			SourceRow header = reader.next();
			if (header == null) {
				throw new BusinessRuleException("customer.transfer.error.noHeader");
			}
			List<SourceRow> samples = new ArrayList<>();
			int total = 0;
			for (SourceRow row = reader.next(); row != null; row = reader.next()) {
				if (samples.size() < SAMPLE_ROWS) {
					samples.add(row);
				}
				total++;
			}
			return new Scan(header.cells(), samples, total);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof BusinessRuleException rule) {
				throw rule;
			}
			throw new BusinessRuleException("customer.transfer.error.unreadable");
		}
	}

	private static String name(String fileName) {
		String name = fileName.replaceAll("^.*[/\\\\]", "").strip();
		return name.isEmpty() ? "upload" : name.length() > 300 ? name.substring(0, 300) : name;
	}

}
