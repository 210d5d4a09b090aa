package io.guanxi.sales.contract;

import io.guanxi.sales.Contracts;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every night, marks the active contracts whose end date has passed as expired. */
@Component
class ContractExpiry {

	private static final Logger log = LoggerFactory.getLogger(ContractExpiry.class);

	private final Contracts contracts;

	ContractExpiry(Contracts contracts) {
		this.contracts = contracts;
	}

	@Scheduled(cron = "${guanxi.sales.contract.expiry-cron:0 15 1 * * *}")
	@SchedulerLock(name = "sales.contract-expiry", lockAtMostFor = "30m")
	void run() {
		int expired = contracts.expireEnded();
		if (expired > 0) {
			log.info("Marked {} contracts as expired", expired);
		}
	}

}
