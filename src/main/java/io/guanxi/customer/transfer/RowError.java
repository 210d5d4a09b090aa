package io.guanxi.customer.transfer;

import org.jspecify.annotations.Nullable;

/**
 * Why a row of a file was not imported.
 *
 * @param row the row as a spreadsheet numbers it: the header is row 1
 * @param column the file's column header, empty for a problem of the whole row
 * @param field the target field, empty for a problem of the whole row
 * @param message in the importer's language
 */
record RowError(int row, @Nullable String column, @Nullable String field, String message) {
}
