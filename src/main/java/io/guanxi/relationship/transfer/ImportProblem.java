package io.guanxi.relationship.transfer;

import org.jspecify.annotations.Nullable;

/**
 * Why a file was not imported.
 *
 * @param line the row as a spreadsheet numbers it: the header is line 1, and 0 stands for
 * the whole file
 * @param column the column's header as the file writes it, null for the whole row
 * @param message in the importer's language
 */
record ImportProblem(int line, @Nullable String column, String message) {
}
