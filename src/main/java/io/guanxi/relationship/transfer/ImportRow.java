package io.guanxi.relationship.transfer;

import java.util.Map;

/**
 * A row of a file, its cells by column name ({@link ImportColumn#name()}), stripped.
 *
 * @param line as a spreadsheet numbers it: the header is line 1
 */
record ImportRow(int line, Map<String, String> cells) {

	ImportRow {
		cells = Map.copyOf(cells);
	}

	/** The cell of the column, empty when blank or when the file has no such column. */
	String cell(String column) {
		return cells.getOrDefault(column, "");
	}

}
