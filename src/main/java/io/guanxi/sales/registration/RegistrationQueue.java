package io.guanxi.sales.registration;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.guanxi.platform.AccessScope;
import io.guanxi.sales.internal.OpportunityAccess;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The registrations of a status on deals the caller may read, oldest first, a page at a
 * time. An open registration whose time ran out counts as expired already.
 */
@Component
class RegistrationQueue {

	private final JdbcClient jdbc;

	RegistrationQueue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Page<Long> opportunityIds(RegistrationStatus status, AccessScope scope, Instant now, Pageable pageable) {
		if (status == RegistrationStatus.NONE) {
			return Page.empty(pageable);
		}
		String where = " from sales_registration r join sales_opportunity o on o.id = r.opportunity_id where "
				+ condition(status) + " and " + OpportunityAccess.readCondition("o", scope);
		Map<String, Object> parameters = OpportunityAccess.readParameters(scope);
		long total = jdbc.sql("select count(*)" + where)
			.params(parameters)
			.param("status", status.name())
			.param("now", now.atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
		List<Long> ids = jdbc
			.sql("select r.opportunity_id" + where + " order by r.registered_at, r.id limit :limit offset :offset")
			.params(parameters)
			.param("status", status.name())
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(Long.class)
			.list();
		return new PageImpl<>(ids, pageable, total);
	}

	private static String condition(RegistrationStatus status) {
		return switch (status) {
			case PENDING, APPROVED -> "r.status = :status and r.protected_until > :now";
			case EXPIRED ->
				"(r.status = :status or (r.status in ('PENDING', 'APPROVED') and r.protected_until <= :now))";
			default -> "r.status = :status";
		};
	}

}
