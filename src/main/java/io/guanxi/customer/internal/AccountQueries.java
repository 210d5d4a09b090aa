package io.guanxi.customer.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.guanxi.customer.AccountFilter;
import io.guanxi.customer.AccountKind;
import io.guanxi.customer.AccountStatus;
import io.guanxi.customer.CustomFieldService;
import io.guanxi.customer.Industry;
import io.guanxi.customer.LifecycleStage;
import io.guanxi.customer.ListQueries;
import io.guanxi.customer.ListQuery;
import io.guanxi.customer.ProfileSection.Subject;
import io.guanxi.customer.Tier;
import io.guanxi.customer.search.SearchIndex;
import io.guanxi.platform.AccessScope;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Account lists in SQL (see {@link ListQueries}): the account filter's own criteria, and
 * sorting limited to indexed or cheap columns.
 */
@Component
public class AccountQueries extends ListQueries<AccountFilter, AccountQueries.AccountRow> {

	private static final Map<String, String> SORTABLE = Map.of("name", "a.name", "industry", "a.industry", "city",
			"a.city", "tier", "a.tier", "lifecycleStage", "a.lifecycle_stage", "status", "a.status", "createdAt",
			"a.created_at", "updatedAt", "a.updated_at");

	private static final String COLUMNS = "a.id, a.name, a.kind, a.industry, a.city, a.tier, a.lifecycle_stage, a.status, "
			+ "a.phone, a.email, a.owner_id, a.created_at, a.updated_at";

	private final JdbcClient jdbc;

	private final SearchIndex searchIndex;

	AccountQueries(JdbcClient jdbc, ObjectProvider<CustomFieldService> customFields, SearchIndex searchIndex) {
		super(jdbc, customFields, Subject.ACCOUNT, "a", COLUMNS, SORTABLE, "a.name");
		this.jdbc = jdbc;
		this.searchIndex = searchIndex;
	}

	/**
	 * The ids among {@code ids} that match the scope: the records a bulk action may
	 * touch.
	 */
	public List<Long> visibleIds(Collection<Long> ids, AccessScope scope) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql("select a.id from customer_account a where a.id in (:ids) and " + scope.ownerCondition("a.owner_id"))
			.param("ids", ids)
			.params(scope.ownerParameters())
			.query(Long.class)
			.list();
	}

	@Override
	protected ListQuery narrow(ListQuery query, AccountFilter filter, AccessScope scope) {
		// the words of the name as search finds them, so that an index serves them
		String q = filter.q();
		ListQuery named = q == null || q.isBlank() ? query : query.where(searchIndex.namesContain(Subject.ACCOUNT, q));
		return named.in("a.kind", "kind", filter.kind())
			.in("a.industry", "industry", filter.industry())
			.in("a.tier", "tier", filter.tier())
			.in("a.lifecycle_stage", "stage", filter.stage())
			.in("a.status", "status", filter.status())
			.startingWith("city", filter.city(), "a.city");
	}

	@Override
	protected AccountRow row(ResultSet rs, int rowNum) throws SQLException {
		return new AccountRow(rs.getLong("id"), rs.getString("name"), AccountKind.valueOf(rs.getString("kind")),
				enumOrNull(Industry.class, rs.getString("industry")), rs.getString("city"),
				enumOrNull(Tier.class, rs.getString("tier")), LifecycleStage.valueOf(rs.getString("lifecycle_stage")),
				AccountStatus.valueOf(rs.getString("status")), rs.getString("phone"), rs.getString("email"),
				rs.getLong("owner_id"), rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant(),
				rs.getObject("updated_at", java.time.OffsetDateTime.class).toInstant());
	}

	private static <E extends Enum<E>> @Nullable E enumOrNull(Class<E> type, @Nullable String value) {
		return value == null ? null : Enum.valueOf(type, value);
	}

	/** One row of an account list, before owner names are added. */
	public record AccountRow(long id, String name, AccountKind kind, @Nullable Industry industry, @Nullable String city,
			@Nullable Tier tier, LifecycleStage lifecycleStage, AccountStatus status, @Nullable String phone,
			@Nullable String email, long ownerId, java.time.Instant createdAt, java.time.Instant updatedAt) {
	}

}
