package io.guanxi.customer.tag;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.guanxi.customer.ProfileTables;
import io.guanxi.platform.AccessScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which records carry which tags: the link tables, in plain SQL so that list pages get
 * the tags of a whole page in one query.
 */
@Repository
public class TagLinks {

	private final JdbcClient jdbc;

	TagLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The tags of the records among {@code recordIds} that {@code scope} may see, in one
	 * query.
	 */
	public List<LinkedTag> tagsOf(ProfileTables tables, Collection<Long> recordIds, AccessScope scope) {
		if (recordIds.isEmpty()) {
			return List.of();
		}
		Map<String, Object> parameters = new HashMap<>(scope.ownerParameters());
		parameters.put("ids", List.copyOf(Set.copyOf(recordIds)));
		return jdbc
			.sql("select l.%1$s as record_id, t.id, t.name, t.color, t.version from %2$s l"
				.formatted(tables.recordColumn(), tables.tags())
					+ " join customer_tag t on t.id = l.tag_id join %s r on r.id = l.%s".formatted(tables.records(),
							tables.recordColumn())
					+ " where l.%s in (:ids) and %s order by lower(t.name), t.id".formatted(tables.recordColumn(),
							scope.ownerCondition("r.owner_id")))
			.params(parameters)
			.query((rs, row) -> new LinkedTag(rs.getLong("record_id"), rs.getLong("id"), rs.getString("name"),
					rs.getString("color"), rs.getLong("version")))
			.list();
	}

	/** Those of {@code recordIds} that carry the tag already. */
	public Set<Long> carrying(ProfileTables tables, Collection<Long> recordIds, long tagId) {
		if (recordIds.isEmpty()) {
			return Set.of();
		}
		return Set
			.copyOf(jdbc
				.sql("select %1$s from %2$s where tag_id = :tag and %1$s in (:ids)".formatted(tables.recordColumn(),
						tables.tags()))
				.param("tag", tagId)
				.param("ids", List.copyOf(recordIds))
				.query(Long.class)
				.list());
	}

	public void link(ProfileTables tables, Collection<Long> recordIds, long tagId) {
		for (long recordId : recordIds) {
			jdbc.sql("insert into %s (%s, tag_id) values (:record, :tag)".formatted(tables.tags(),
					tables.recordColumn()))
				.param("record", recordId)
				.param("tag", tagId)
				.update();
		}
	}

	public void linkTags(ProfileTables tables, long recordId, Collection<Long> tagIds) {
		for (long tagId : tagIds) {
			link(tables, List.of(recordId), tagId);
		}
	}

	public void unlink(ProfileTables tables, long recordId, Collection<Long> tagIds) {
		if (tagIds.isEmpty()) {
			return;
		}
		jdbc.sql("delete from %s where %s = :record and tag_id in (:tags)".formatted(tables.tags(),
				tables.recordColumn()))
			.param("record", recordId)
			.param("tags", List.copyOf(tagIds))
			.update();
	}

	/** One tag on one record, with the tag's fields. */
	public record LinkedTag(long recordId, long tagId, String name, String color, long version) {
	}

}
