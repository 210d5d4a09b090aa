package io.guanxi.customer.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.guanxi.platform.AccessService;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs queued imports in the background, a few at a time. All rows of a job are written
 * in ONE transaction: a bad row in all-or-nothing mode, a cancel, an error or a crash of
 * the node rolls every row of the file back, so no file is ever half imported. Progress
 * and the error report are written beside it, in transactions of their own, chunk by
 * chunk; that is also when the worker sees a cancel.
 */
@Component
class ImportRunner implements DisposableBean {

	static final int CHUNK = 1_000;

	private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

	private final ImportJobs jobs;

	private final Map<String, ImportTarget> targets;

	private final AccessService access;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final Database database;

	/**
	 * Own threads, so that imports never queue behind (or block) the application's tasks.
	 */
	private final ExecutorService executor;

	ImportRunner(ImportJobs jobs, List<ImportTarget> targets, AccessService access,
			PlatformTransactionManager transactionManager, Clock clock, Database database) {
		this.jobs = jobs;
		this.database = database;
		this.targets = targets.stream().collect(Collectors.toMap(ImportTarget::name, Function.identity()));
		this.access = access;
		this.transaction = new TransactionTemplate(transactionManager);
		this.clock = clock;
		AtomicInteger threads = new AtomicInteger();
		this.executor = Executors.newFixedThreadPool(2, task -> {
			Thread thread = new Thread(task, "import-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	ImportTarget target(String name) {
		ImportTarget target = targets.get(name);
		if (target == null) {
			throw new IllegalArgumentException("No import target " + name);
		}
		return target;
	}

	/**
	 * Runs the job as the signed-in user, who is then the author of its audit revision.
	 */
	void submit(long jobId) {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		executor.execute(() -> run(jobId, user));
	}

	void run(long jobId, @Nullable Authentication user) {
		if (!jobs.start(jobId)) {
			return;
		}
		ImportJob job = jobs.find(jobId).orElseThrow();
		SecurityContext security = SecurityContextHolder.createEmptyContext();
		security.setAuthentication(user);
		SecurityContextHolder.setContext(security);
		LocaleContextHolder.setLocale(job.locale());
		AtomicReference<ImportCounts> progress = new AtomicReference<>(ImportCounts.NONE);
		long started = clock.millis();
		try {
			ImportCounts counts = transaction.execute(status -> importRows(job, status, progress));
			boolean rejected = job.mode() == ImportMode.ALL_OR_NOTHING && counts.errors() > 0;
			double seconds = (clock.millis() - started) / 1000.0;
			log.info("Import {}: {} rows in {} s ({} rows/s), {} created, {} updated, {} skipped, {} refused", jobId,
					counts.processed(), seconds, Math.round(counts.processed() / Math.max(seconds, 0.001)),
					counts.created(), counts.updated(), counts.skipped(), counts.errors());
			jobs.finish(jobId, rejected ? ImportStatus.REJECTED : ImportStatus.DONE,
					rejected ? counts.rolledBack() : counts, null);
		}
		catch (Cancelled ex) {
			jobs.finish(jobId, ImportStatus.CANCELLED, progress.get().rolledBack(), null);
		}
		catch (RuntimeException ex) {
			log.warn("Import {} failed; its transaction was rolled back", jobId, ex);
			Throwable cause = NestedExceptionUtils.getMostSpecificCause(ex);
			jobs.finish(jobId, ImportStatus.FAILED, progress.get().rolledBack(),
					cause.getClass().getSimpleName() + ": " + cause.getMessage());
		}
		finally {
			SecurityContextHolder.clearContext();
			LocaleContextHolder.resetLocaleContext();
		}
	}

	private ImportCounts importRows(ImportJob job, TransactionStatus status, AtomicReference<ImportCounts> progress) {
		ImportContext context = new ImportContext(job.id(), job.createdBy(), access.scopeOf(job.createdBy()),
				job.locale(), clock.instant());
		TargetRun<?> run = target(job.target()).open(context);
		database.preferIndexes();
		ImportCounts counts = importRows(job, run, progress);
		if (job.mode() == ImportMode.ALL_OR_NOTHING && counts.errors() > 0) {
			status.setRollbackOnly();
		}
		else {
			run.finish(counts);
		}
		return counts;
	}

	private <R> ImportCounts importRows(ImportJob job, TargetRun<R> run, AtomicReference<ImportCounts> progress) {
		ImportChunks<R> chunks = new ImportChunks<>(run, job.headers(), job.mapping(), job.duplicates());
		try (TabularFile.RowReader reader = TabularFile.open(jobs.content(job.id()), job.format(), charset(job))) {
			reader.next();
			List<SourceRow> chunk = new ArrayList<>(CHUNK);
			for (SourceRow row = reader.next(); row != null; row = reader.next()) {
				chunk.add(row);
				if (chunk.size() == CHUNK) {
					step(job, chunks, chunk, progress);
					chunk.clear();
				}
			}
			if (!chunk.isEmpty()) {
				step(job, chunks, chunk, progress);
			}
			return progress.get();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private <R> void step(ImportJob job, ImportChunks<R> chunks, List<SourceRow> chunk,
			AtomicReference<ImportCounts> progress) {
		// all or nothing: once a row is bad the rest is only checked, not written
		boolean write = job.mode() == ImportMode.VALID_ROWS_ONLY || progress.get().errors() == 0;
		ImportChunks.Result result = chunks.process(chunk, write);
		ImportCounts counts = progress.get().plus(result.counts());
		progress.set(counts);
		if (jobs.progress(job.id(), counts, result.errors())) {
			throw new Cancelled();
		}
	}

	static Charset charset(ImportJob job) {
		Charset charset = TabularFile.charset(job.encoding());
		return charset == null ? StandardCharsets.UTF_8 : charset;
	}

	@Override
	public void destroy() {
		executor.shutdownNow();
	}

	/** The user cancelled: thrown to roll the transaction back. */
	private static final class Cancelled extends RuntimeException {

		Cancelled() {
			super("Import cancelled", null, false, false);
		}

	}

}
