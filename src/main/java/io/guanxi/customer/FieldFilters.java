package io.guanxi.customer;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * List filters on custom field values, as SQL conditions for queries over
 * {@code customer_account} or {@code customer_contact}; they read the typed value columns
 * through their indexes, on PostgreSQL and on H2 alike. Values are given as text and read
 * the way {@link CustomFieldService#setValues} reads them (ISO dates, plain numbers,
 * option names); a text that is no value of the field's type fails with
 * {@link CustomFieldErrors}.
 *
 * <pre>
 * CustomFieldDefinition rating = ...; // from CustomFieldService.definitions(Subject.ACCOUNT)
 * SqlCondition condition = FieldFilters.equalTo(rating, "AAA")
 * 	.and(FieldFilters.between(revenue, "1000000", "5000000"));
 * jdbc.sql("select id from customer_account where " + condition.sql()).params(condition.parameters())
 * </pre>
 *
 * The short forms assume the query names the records' table without an alias; otherwise
 * pass the qualified id column to {@link #condition}.
 */
public final class FieldFilters {

	private FieldFilters() {
	}

	/** How a filter compares. */
	public enum Operator {

		/**
		 * The value is the given one; for MULTI_CHOICE, the option is among those chosen.
		 */
		EQUALS,
		/**
		 * TEXT contains the given text, ignoring case; for choices the same as EQUALS.
		 */
		CONTAINS,
		/** NUMBER or DATE greater than the given value. */
		GREATER,
		/** NUMBER or DATE less than the given value. */
		LESS,
		/** NUMBER or DATE at least the given value. */
		AT_LEAST,
		/** NUMBER or DATE at most the given value. */
		AT_MOST,
		/** NUMBER or DATE between two given values, both included. */
		BETWEEN,
		/** The record has any value for the field. */
		IS_SET

	}

	public static SqlCondition equalTo(CustomFieldDefinition field, String value) {
		return condition(defaultIdColumn(field), field, Operator.EQUALS, List.of(value));
	}

	public static SqlCondition contains(CustomFieldDefinition field, String text) {
		return condition(defaultIdColumn(field), field, Operator.CONTAINS, List.of(text));
	}

	public static SqlCondition greaterThan(CustomFieldDefinition field, String value) {
		return condition(defaultIdColumn(field), field, Operator.GREATER, List.of(value));
	}

	public static SqlCondition lessThan(CustomFieldDefinition field, String value) {
		return condition(defaultIdColumn(field), field, Operator.LESS, List.of(value));
	}

	public static SqlCondition between(CustomFieldDefinition field, String from, String to) {
		return condition(defaultIdColumn(field), field, Operator.BETWEEN, List.of(from, to));
	}

	public static SqlCondition isSet(CustomFieldDefinition field) {
		return condition(defaultIdColumn(field), field, Operator.IS_SET, List.of());
	}

	/**
	 * Records whose value of {@code field} matches.
	 * @param idColumn the record id in the surrounding query, such as {@code a.id}
	 * @param values one value, two for BETWEEN, none for IS_SET
	 */
	public static SqlCondition condition(String idColumn, CustomFieldDefinition field, Operator operator,
			List<String> values) {
		ProfileTables tables = ProfileTables.of(field.entity());
		String column = "fv." + FieldParsing.column(field.type());
		String fieldParameter = SqlCondition.parameterName("field");
		Map<String, Object> parameters = new HashMap<>();
		parameters.put(fieldParameter, field.id());
		String test = switch (operator) {
			case IS_SET -> column + " is not null";
			case CONTAINS -> {
				if (field.type() != FieldType.TEXT) {
					yield compare(column, "=", one(field, values, 0), parameters);
				}
				String pattern = "%" + values.get(0)
					.strip()
					.toLowerCase(Locale.ROOT)
					.replace("\\", "\\\\")
					.replace("%", "\\%")
					.replace("_", "\\_") + "%";
				String name = SqlCondition.parameterName("text");
				parameters.put(name, pattern);
				yield "lower(" + column + ") like :" + name + " escape '\\'";
			}
			case EQUALS -> compare(column, "=", one(field, values, 0), parameters);
			case GREATER -> compare(column, ">", ordered(field, values, 0), parameters);
			case LESS -> compare(column, "<", ordered(field, values, 0), parameters);
			case AT_LEAST -> compare(column, ">=", ordered(field, values, 0), parameters);
			case AT_MOST -> compare(column, "<=", ordered(field, values, 0), parameters);
			case BETWEEN -> compare(column, ">=", ordered(field, values, 0), parameters) + " and "
					+ compare(column, "<=", ordered(field, values, 1), parameters);
		};
		return new SqlCondition(
				"exists (select 1 from " + tables.fieldValues() + " fv where fv." + tables.recordColumn() + " = "
						+ idColumn + " and fv.field_id = :" + fieldParameter + " and " + test + ")",
				parameters);
	}

	private static String compare(String column, String operator, Object value, Map<String, Object> parameters) {
		String name = SqlCondition.parameterName("value");
		parameters.put(name, value);
		return column + " " + operator + " :" + name;
	}

	private static Object ordered(CustomFieldDefinition field, List<String> values, int index) {
		if (!field.type().isOrdered()) {
			throw CustomFieldErrors.of(field.code(), "customer.field.error.notOrdered");
		}
		return one(field, values, index);
	}

	private static Object one(CustomFieldDefinition field, List<String> values, int index) {
		try {
			List<Object> parsed = FieldParsing.parse(field, index < values.size() ? values.get(index) : null);
			if (parsed.size() != 1) {
				throw new FieldParsing.Invalid("customer.field.error.required");
			}
			return parsed.get(0);
		}
		catch (FieldParsing.Invalid ex) {
			throw new CustomFieldErrors(List.of(ex.on(field.code())));
		}
	}

	private static String defaultIdColumn(CustomFieldDefinition field) {
		return ProfileTables.of(field.entity()).idColumn();
	}

}
