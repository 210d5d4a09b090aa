package io.guanxi.sales.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.guanxi.sales.internal.Opportunity;
import io.guanxi.sales.internal.OpportunityRepository;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Marks the registrations whose time ran out as expired, every hour on one node
 * (ShedLock): approved ones whose protection ended, and pending ones that no manager
 * decided in time. The one who registered and the owner are told.
 */
@Component
public class RegistrationExpiry {

	static final int BATCH = 200;

	private static final List<RegistrationStatus> OPEN = List.of(RegistrationStatus.PENDING,
			RegistrationStatus.APPROVED);

	private final DealRegistrationRepository registrations;

	private final OpportunityRepository opportunities;

	private final RegistrationNotices notices;

	private final TransactionTemplate transaction;

	private final Clock clock;

	RegistrationExpiry(DealRegistrationRepository registrations, OpportunityRepository opportunities,
			RegistrationNotices notices, PlatformTransactionManager transactions, Clock clock) {
		this.registrations = registrations;
		this.opportunities = opportunities;
		this.notices = notices;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Scheduled(cron = "${guanxi.sales.registration.expiry-cron:0 5 * * * *}")
	@SchedulerLock(name = "sales.registration-expiry", lockAtMostFor = "30m")
	public void expireOverdue() {
		expire(clock.instant());
	}

	/**
	 * Marks those whose time ran out by {@code now}, a batch per transaction; how many.
	 */
	public int expire(Instant now) {
		int total = 0;
		int done;
		do {
			done = Objects.requireNonNull(transaction.execute(status -> batch(now)));
			total += done;
		}
		while (done == BATCH);
		return total;
	}

	private int batch(Instant now) {
		List<DealRegistration> due = registrations
			.findByStatusInAndProtectedUntilLessThanEqualOrderByProtectedUntil(OPEN, now, Limit.of(BATCH));
		Map<Long, Opportunity> deals = opportunities
			.findAllById(due.stream().map(DealRegistration::opportunityId).toList())
			.stream()
			.collect(Collectors.toMap(Opportunity::id, Function.identity()));
		due.forEach(registration -> {
			registration.expire();
			notices.expired(registration, deals.get(registration.opportunityId()));
		});
		registrations.saveAllAndFlush(due);
		return due.size();
	}

}
