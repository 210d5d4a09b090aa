package io.guanxi.sales;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** Open while the deal is being worked; won or lost once closed. */
public enum OpportunityStatus {

	OPEN, WON, LOST;

	public boolean closed() {
		return this != OPEN;
	}

	/** Whether a deal in this status is past its expected close date: open ones only. */
	public boolean overdue(@Nullable LocalDate closeDate, LocalDate today) {
		return this == OPEN && closeDate != null && closeDate.isBefore(today);
	}

}
