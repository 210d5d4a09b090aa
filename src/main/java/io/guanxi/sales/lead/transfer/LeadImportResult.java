package io.guanxi.sales.lead.transfer;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What became of a file: every row imported, or none and every problem.
 *
 * @param rows the file's rows (blank rows left out)
 * @param badRows the rows with problems (the whole file counts as one)
 */
record LeadImportResult(int rows, int badRows, List<Problem> problems) {

	LeadImportResult {
		problems = List.copyOf(problems);
	}

	boolean imported() {
		return problems.isEmpty();
	}

	/**
	 * Why a row (or the file) was refused.
	 *
	 * @param line as a spreadsheet numbers it (the header is line 1); 0 for the whole
	 * file
	 * @param column the column's header as the file writes it, null for the whole row
	 * @param message in the importer's language
	 */
	record Problem(int line, @Nullable String column, String message) {
	}

}
