package io.guanxi.relationship.transfer;

import java.util.List;

/**
 * Imports the rows of one kind of file inside the caller's transaction, noting every
 * problem instead of stopping at the first.
 */
interface KindImport {

	ImportKind kind();

	/** Writes the rows; the caller rolls everything back when a problem was noted. */
	ImportCounts run(List<ImportRow> rows, Problems problems);

}
