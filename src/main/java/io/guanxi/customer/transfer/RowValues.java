package io.guanxi.customer.transfer;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A file row seen through the column mapping: its cell for each target field.
 */
final class RowValues {

	private final SourceRow row;

	private final List<String> headers;

	private final List<String> mapping;

	RowValues(SourceRow row, List<String> headers, List<String> mapping) {
		this.row = row;
		this.headers = headers;
		this.mapping = mapping;
	}

	int number() {
		return row.number();
	}

	/**
	 * The trimmed cell mapped to the field, null when blank or not mapped. A leading
	 * apostrophe that an export put before a formula character is taken off again.
	 */
	@Nullable String value(String field) {
		int column = mapping.indexOf(field);
		if (column < 0) {
			return null;
		}
		String value = row.cell(column).strip();
		if (value.length() > 1 && value.charAt(0) == '\'' && SpreadsheetText.isFormulaStart(value.charAt(1))) {
			value = value.substring(1);
		}
		return value.isEmpty() ? null : value;
	}

	/** The file's header of the column mapped to the field. */
	@Nullable String column(String field) {
		int column = mapping.indexOf(field);
		return column < 0 || column >= headers.size() ? null : headers.get(column);
	}

	RowError error(String field, String message) {
		return new RowError(row.number(), column(field), field, message);
	}

}
