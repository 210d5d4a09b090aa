package io.guanxi.customer.transfer;

import java.util.List;

/**
 * One row of an uploaded file.
 *
 * @param number the row as a spreadsheet numbers it (the header is row 1)
 */
record SourceRow(int number, List<String> cells) {

	/** Public, like the other methods templates call. */
	public String cell(int column) {
		return column < cells.size() ? cells.get(column) : "";
	}

	public boolean blank() {
		return cells.stream().allMatch(String::isBlank);
	}

}
