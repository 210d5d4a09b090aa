package io.guanxi.relationship.web;

import java.time.LocalDate;

/**
 * Links to an org chart: today's chart has no date, so that the plain link means today.
 */
final class OrgChartPaths {

	private OrgChartPaths() {
	}

	static String chart(long accountId, LocalDate day, LocalDate today) {
		String path = "/accounts/" + accountId + "/org-chart";
		return day.equals(today) ? path : path + "?asOf=" + day;
	}

}
