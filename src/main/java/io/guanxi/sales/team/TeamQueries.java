package io.guanxi.sales.team;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.guanxi.customer.CustomerDirectory;
import io.guanxi.platform.AccessScope;
import io.guanxi.platform.UserDirectory;
import io.guanxi.sales.OpportunityStatus;
import io.guanxi.sales.TeamDeal;
import io.guanxi.sales.TeamRole;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The deals a user is a team member of, in SQL over the membership index. A member sees
 * the account's name even where the account is not theirs: membership is the reason to
 * read the deal.
 */
@Component
public class TeamQueries {

	private final JdbcClient jdbc;

	private final CustomerDirectory directory;

	private final UserDirectory users;

	TeamQueries(JdbcClient jdbc, CustomerDirectory directory, UserDirectory users) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.users = users;
	}

	public Page<TeamDeal> dealsOf(long userId, Pageable pageable) {
		List<Row> rows = jdbc.sql("""
				select o.id, o.name, o.account_id, o.owner_id, o.status, o.amount, o.currency, o.close_date,
				       s.code, s.name as stage_name, m.role, m.can_edit
				from sales_opportunity_member m
				join sales_opportunity o on o.id = m.opportunity_id
				join sales_stage s on s.id = o.stage_id
				where m.user_id = :user
				order by case when o.status = 'OPEN' then 0 else 1 end, o.close_date, o.id desc
				limit :limit offset :offset""")
			.param("user", userId)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("name"), rs.getLong("account_id"),
					rs.getLong("owner_id"), rs.getString("status"), rs.getBigDecimal("amount"),
					rs.getString("currency"), rs.getObject("close_date", LocalDate.class), rs.getString("code"),
					rs.getString("stage_name"), rs.getString("role"), rs.getBoolean("can_edit")))
			.list();
		long total = jdbc.sql("select count(*) from sales_opportunity_member where user_id = :user")
			.param("user", userId)
			.query(Long.class)
			.single();
		Map<Long, String> accounts = directory.accountNames(rows.stream().map(Row::accountId).toList(),
				AccessScope.everything(userId));
		Map<Long, String> owners = users.displayNames(rows.stream().map(Row::ownerId).collect(Collectors.toSet()));
		List<TeamDeal> deals = rows.stream()
			.map(row -> new TeamDeal(row.id(), row.name(), row.accountId(), accounts.getOrDefault(row.accountId(), ""),
					owners.getOrDefault(row.ownerId(), ""), row.stageCode(), row.stageName(),
					OpportunityStatus.valueOf(row.status()), row.amount(), row.currency(), row.closeDate(),
					TeamRole.valueOf(row.role()), row.canEdit()))
			.toList();
		return new PageImpl<>(deals, pageable, total);
	}

	private record Row(long id, String name, long accountId, long ownerId, String status, @Nullable BigDecimal amount,
			String currency, @Nullable LocalDate closeDate, @Nullable String stageCode, String stageName, String role,
			boolean canEdit) {
	}

}
