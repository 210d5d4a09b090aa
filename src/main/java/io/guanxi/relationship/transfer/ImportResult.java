package io.guanxi.relationship.transfer;

import java.util.List;

/**
 * What became of a file: every row imported, or none and the reasons.
 *
 * @param rows the file's rows (blank rows left out)
 * @param departmentsCreated departments that a positions file's paths added
 * @param badRows the rows with problems (the whole file counts as one)
 */
record ImportResult(ImportKind kind, int rows, int departmentsCreated, int badRows, List<ImportProblem> problems) {

	ImportResult {
		problems = List.copyOf(problems);
	}

	boolean imported() {
		return problems.isEmpty();
	}

}
