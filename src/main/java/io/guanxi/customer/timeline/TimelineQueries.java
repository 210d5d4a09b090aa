package io.guanxi.customer.timeline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.guanxi.customer.TimelineCursor;
import io.guanxi.customer.TimelineEntry.Channel;
import io.guanxi.customer.TimelineEntry.Direction;
import io.guanxi.platform.AccessScope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Timeline pages in SQL with keyset paging: newest first by (occurred_at, id), each page
 * starting strictly after the previous page's last entry. No OFFSET: an account's
 * timeline can be long, and the index (account_id, occurred_at, id) answers any page
 * alike.
 */
@Component
public class TimelineQueries {

	private static final String COLUMNS = """
			select i.id, i.account_id, i.channel, i.direction, i.subject, i.subject_key, i.subject_args, i.body,
			       i.outcome, i.occurred_at,
			       i.duration_minutes, i.source, i.link, i.author_id, i.version
			from customer_interaction i
			""";

	private final JdbcClient jdbc;

	TimelineQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<StoredEntry> forAccount(long accountId, @Nullable Channel channel, @Nullable TimelineCursor before,
			int limit) {
		Map<String, Object> params = new HashMap<>();
		params.put("account", accountId);
		String sql = COLUMNS + "where i.account_id = :account" + filters(channel, before, params);
		return page(sql, params, limit);
	}

	/**
	 * The entries a contact took part in that the scope may see: those without an account
	 * (the caller may read the contact) and those of accounts in the scope.
	 */
	public List<StoredEntry> forContact(long contactId, AccessScope scope, @Nullable Channel channel,
			@Nullable TimelineCursor before, int limit) {
		Map<String, Object> params = new HashMap<>(scope.ownerParameters());
		params.put("contact", contactId);
		String sql = COLUMNS + """
				join customer_interaction_contact ic on ic.interaction_id = i.id and ic.contact_id = :contact
				left join customer_account a on a.id = i.account_id
				where (i.account_id is null or %s)""".formatted(scope.ownerCondition("a.owner_id"))
				+ filters(channel, before, params);
		return page(sql, params, limit);
	}

	/** Participating contacts by interaction. */
	public Map<Long, List<Long>> contactsOf(Collection<Long> interactionIds) {
		return participants("customer_interaction_contact", "contact_id", interactionIds);
	}

	/** Participating users by interaction. */
	public Map<Long, List<Long>> usersOf(Collection<Long> interactionIds) {
		return participants("customer_interaction_user", "user_id", interactionIds);
	}

	private static String filters(@Nullable Channel channel, @Nullable TimelineCursor before,
			Map<String, Object> params) {
		StringBuilder sql = new StringBuilder();
		if (channel != null) {
			sql.append(" and i.channel = :channel");
			params.put("channel", channel.name());
		}
		if (before != null) {
			sql.append(" and (i.occurred_at, i.id) < (:beforeAt, :beforeId)");
			params.put("beforeAt", OffsetDateTime.ofInstant(before.occurredAt(), ZoneOffset.UTC));
			params.put("beforeId", before.id());
		}
		return sql.toString();
	}

	private List<StoredEntry> page(String sql, Map<String, Object> params, int limit) {
		return jdbc.sql(sql + " order by i.occurred_at desc, i.id desc limit :limit")
			.params(params)
			.param("limit", limit)
			.query(TimelineQueries::entry)
			.list();
	}

	private Map<Long, List<Long>> participants(String table, String column, Collection<Long> interactionIds) {
		Map<Long, List<Long>> result = new HashMap<>();
		if (interactionIds.isEmpty()) {
			return result;
		}
		jdbc.sql("select interaction_id, %s from %s where interaction_id in (:ids)".formatted(column, table))
			.param("ids", Set.copyOf(interactionIds))
			.query((rs, row) -> Map.entry(rs.getLong(1), rs.getLong(2)))
			.list()
			.forEach(pair -> result.computeIfAbsent(pair.getKey(), id -> new ArrayList<>()).add(pair.getValue()));
		return result;
	}

	private static StoredEntry entry(ResultSet rs, int row) throws SQLException {
		String direction = rs.getString("direction");
		return new StoredEntry(rs.getLong("id"), rs.getObject("account_id", Long.class),
				Channel.valueOf(rs.getString("channel")), direction == null ? null : Direction.valueOf(direction),
				rs.getString("subject"), rs.getString("subject_key"), rs.getString("subject_args"),
				rs.getString("body"), rs.getString("outcome"),
				rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getObject("duration_minutes", Integer.class), rs.getString("source"), rs.getString("link"),
				rs.getObject("author_id", Long.class), rs.getLong("version"));
	}

	/**
	 * A stored entry without its participants; {@code subjectKey} and {@code subjectArgs}
	 * are set for posted subjects shown in the reader's language.
	 */
	public record StoredEntry(long id, @Nullable Long accountId, Channel channel, @Nullable Direction direction,
			String subject, @Nullable String subjectKey, @Nullable String subjectArgs, @Nullable String body,
			@Nullable String outcome, Instant occurredAt, @Nullable Integer durationMinutes, String source,
			@Nullable String link, @Nullable Long authorId, long version) {

		public static StoredEntry of(Interaction interaction) {
			return new StoredEntry(interaction.id(), interaction.accountId(), interaction.channel(),
					interaction.direction(), interaction.subject(), interaction.subjectKey(), interaction.subjectArgs(),
					interaction.body(), interaction.outcome(), interaction.occurredAt(), interaction.durationMinutes(),
					interaction.source(), interaction.link(), interaction.authorId(), interaction.version());
		}

	}

}
