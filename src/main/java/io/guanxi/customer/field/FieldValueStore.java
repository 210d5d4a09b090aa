package io.guanxi.customer.field;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.guanxi.customer.ProfileTables;
import io.guanxi.platform.AccessScope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Custom field values in their typed columns, one row per value (several for a
 * multi-choice field), in plain SQL so that a whole list page loads in one query.
 */
@Repository
public class FieldValueStore {

	private final JdbcClient jdbc;

	FieldValueStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The values of those of {@code recordIds} that {@code scope} may see, in one query.
	 */
	public List<StoredValue> load(ProfileTables tables, Collection<Long> recordIds, AccessScope scope) {
		if (recordIds.isEmpty()) {
			return List.of();
		}
		Map<String, Object> parameters = new HashMap<>(scope.ownerParameters());
		parameters.put("ids", List.copyOf(Set.copyOf(recordIds)));
		return jdbc
			.sql("select v.%1$s as record_id, v.field_id, v.value_text, v.value_number, v.value_date, v.value_boolean"
				.formatted(tables.recordColumn())
					+ " from %s v join %s r on r.id = v.%s".formatted(tables.fieldValues(), tables.records(),
							tables.recordColumn())
					+ " where v.%s in (:ids) and %s order by v.id".formatted(tables.recordColumn(),
							scope.ownerCondition("r.owner_id")))
			.params(parameters)
			.query(FieldValueStore::stored)
			.list();
	}

	/** Replaces the record's values of one field; values are of the field's Java type. */
	public void replace(ProfileTables tables, long recordId, long fieldId, String column, List<Object> values) {
		jdbc.sql("delete from %s where %s = :record and field_id = :field".formatted(tables.fieldValues(),
				tables.recordColumn()))
			.param("record", recordId)
			.param("field", fieldId)
			.update();
		for (Object value : values) {
			jdbc.sql(
					"insert into %s (id, %s, field_id, %s) values (nextval('customer_field_value_seq'), :record, :field, :value)"
						.formatted(tables.fieldValues(), tables.recordColumn(), column))
				.param("record", recordId)
				.param("field", fieldId)
				.param("value", value)
				.update();
		}
	}

	/** Whether any record has a value for the field. */
	public boolean hasValues(ProfileTables tables, long fieldId) {
		return jdbc.sql("select count(*) from %s where field_id = :field".formatted(tables.fieldValues()))
			.param("field", fieldId)
			.query(Long.class)
			.single() > 0;
	}

	private static StoredValue stored(ResultSet rs, int row) throws SQLException {
		Object bool = rs.getObject("value_boolean");
		return new StoredValue(rs.getLong("record_id"), rs.getLong("field_id"), rs.getString("value_text"),
				rs.getBigDecimal("value_number"), rs.getObject("value_date", LocalDate.class),
				bool == null ? null : rs.getBoolean("value_boolean"));
	}

	/** One stored value row; the column of the field's type is set. */
	public record StoredValue(long recordId, long fieldId, @Nullable String text, @Nullable BigDecimal number,
			@Nullable LocalDate date, @Nullable Boolean bool) {

		public @Nullable Object value() {
			if (text != null) {
				return text;
			}
			if (number != null) {
				return number;
			}
			return date != null ? date : bool;
		}

	}

}
