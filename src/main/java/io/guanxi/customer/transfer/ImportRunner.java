package io.guanxi.customer.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
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

	static final long REPORT_EVERY_MS = 500;

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

	/** The readers that validate rows beside each running job. */
	private final ExecutorService readers;

	private static final Object END = new Object();

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
		this.readers = Executors.newCachedThreadPool(task -> {
			Thread thread = new Thread(task, "import-reader-" + threads.incrementAndGet());
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
		Progress progress = new Progress(jobId);
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
			jobs.finish(jobId, ImportStatus.CANCELLED, progress.counts().rolledBack(), null);
		}
		catch (RuntimeException ex) {
			log.warn("Import {} failed; its transaction was rolled back", jobId, ex);
			Throwable cause = NestedExceptionUtils.getMostSpecificCause(ex);
			progress.flushErrors();
			jobs.finish(jobId, ImportStatus.FAILED, progress.counts().rolledBack(),
					cause.getClass().getSimpleName() + ": " + cause.getMessage());
		}
		finally {
			SecurityContextHolder.clearContext();
			LocaleContextHolder.resetLocaleContext();
		}
	}

	private ImportCounts importRows(ImportJob job, TransactionStatus status, Progress progress) {
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

	/**
	 * Two threads share the work, as a machine has at least two cores: a reader parses
	 * and validates the next chunk while this thread, which holds the transaction, checks
	 * the previous one for duplicates and writes it.
	 */
	private <R> ImportCounts importRows(ImportJob job, TargetRun<R> run, Progress progress) {
		ImportChunks<R> chunks = new ImportChunks<>(run, job.headers(), job.mapping(), job.duplicates());
		byte[] content = jobs.content(job.id());
		BlockingQueue<Object> queue = new ArrayBlockingQueue<>(2);
		Future<?> reader = readers.submit(withContextOf(() -> read(job, content, chunks, queue)));
		try {
			while (true) {
				Object item = queue.take();
				if (item == END) {
					progress.report();
					return progress.counts();
				}
				if (item instanceof RuntimeException ex) {
					throw ex;
				}
				@SuppressWarnings("unchecked")
				ImportChunks.Validated<R> chunk = (ImportChunks.Validated<R>) item;
				step(job, chunks, chunk, progress);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
		finally {
			reader.cancel(true);
		}
	}

	/**
	 * The reader's side: chunks of validated rows, then END, or the error that stopped
	 * it.
	 */
	private <R> void read(ImportJob job, byte[] content, ImportChunks<R> chunks, BlockingQueue<Object> queue) {
		try (TabularFile.RowReader file = TabularFile.open(content, job.format(), charset(job))) {
			file.next();
			List<SourceRow> chunk = new ArrayList<>(CHUNK);
			for (SourceRow row = file.next(); row != null; row = file.next()) {
				chunk.add(row);
				if (chunk.size() == CHUNK) {
					queue.put(chunks.validate(chunk));
					chunk = new ArrayList<>(CHUNK);
				}
			}
			if (!chunk.isEmpty()) {
				queue.put(chunks.validate(chunk));
			}
			queue.put(END);
		}
		catch (InterruptedException ex) {
			// the job ended without waiting for the rest of the file
			Thread.currentThread().interrupt();
		}
		catch (IOException | RuntimeException ex) {
			try {
				queue.put(ex instanceof IOException io ? new UncheckedIOException(io) : ex);
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private <R> void step(ImportJob job, ImportChunks<R> chunks, ImportChunks.Validated<R> chunk, Progress progress) {
		// all or nothing: once a row is bad the rest is only checked, not written
		boolean write = job.mode() == ImportMode.VALID_ROWS_ONLY || progress.counts().errors() == 0;
		progress.add(chunks.decide(chunk, write));
	}

	/**
	 * Counts and errors of a running job, written at most twice a second (each write is a
	 * commit of its own) and at the end; each write also looks for a cancel.
	 */
	private final class Progress {

		private final long jobId;

		private ImportCounts counts = ImportCounts.NONE;

		private List<RowError> errors = new ArrayList<>();

		private long reported;

		Progress(long jobId) {
			this.jobId = jobId;
		}

		ImportCounts counts() {
			return counts;
		}

		void add(ImportChunks.Result chunk) {
			counts = counts.plus(chunk.counts());
			errors.addAll(chunk.errors());
			if (clock.millis() - reported >= REPORT_EVERY_MS || errors.size() >= CHUNK) {
				report();
			}
		}

		void report() {
			boolean cancel = jobs.progress(jobId, counts, errors);
			errors = new ArrayList<>();
			reported = clock.millis();
			if (cancel) {
				throw new Cancelled();
			}
		}

		/** The errors found before the job failed still belong in its report. */
		void flushErrors() {
			if (!errors.isEmpty()) {
				jobs.progress(jobId, counts, errors);
				errors = new ArrayList<>();
			}
		}

	}

	/** The task with this thread's user and language, which validation messages need. */
	private static Runnable withContextOf(Runnable task) {
		SecurityContext security = SecurityContextHolder.getContext();
		var locale = LocaleContextHolder.getLocaleContext();
		return () -> {
			SecurityContextHolder.setContext(security);
			LocaleContextHolder.setLocaleContext(locale);
			try {
				task.run();
			}
			finally {
				SecurityContextHolder.clearContext();
				LocaleContextHolder.resetLocaleContext();
			}
		};
	}

	static Charset charset(ImportJob job) {
		Charset charset = TabularFile.charset(job.encoding());
		return charset == null ? StandardCharsets.UTF_8 : charset;
	}

	@Override
	public void destroy() {
		executor.shutdownNow();
		readers.shutdownNow();
	}

	/** The user cancelled: thrown to roll the transaction back. */
	private static final class Cancelled extends RuntimeException {

		Cancelled() {
			super("Import cancelled", null, false, false);
		}

	}

}
