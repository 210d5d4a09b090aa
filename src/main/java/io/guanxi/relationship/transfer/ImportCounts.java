package io.guanxi.relationship.transfer;

/** What an import wrote. */
record ImportCounts(int rows, int departmentsCreated) {
}
