package io.guanxi.customer.transfer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Ends jobs whose node died or restarted while they were queued or running (the database
 * rolled their rows back with the connection), and drafts nobody finished, so that their
 * files do not stay in the database. Safe on several nodes at once: it is one idempotent
 * update.
 */
@Component
class StaleImports {

	/** A running job reports every chunk of 1,000 rows, i.e. within seconds. */
	static final Duration HEARTBEAT = Duration.ofMinutes(10);

	static final Duration DRAFT_LIFETIME = Duration.ofDays(1);

	private final ImportJobs jobs;

	private final Clock clock;

	StaleImports(ImportJobs jobs, Clock clock) {
		this.jobs = jobs;
		this.clock = clock;
	}

	@Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
	int endStaleJobs() {
		Instant now = clock.instant();
		return jobs.failStale(now.minus(HEARTBEAT), now.minus(DRAFT_LIFETIME),
				"The server stopped while the import was running; nothing was written.");
	}

}
