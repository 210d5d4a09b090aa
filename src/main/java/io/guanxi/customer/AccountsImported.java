package io.guanxi.customer;

/**
 * An import committed accounts in bulk. Published once per import instead of one
 * {@link AccountCreated} per row, which at 100,000 rows would flood the event publication
 * registry; a listener that needs the rows reads the accounts created or updated by the
 * importer around the import's time.
 *
 * @param jobId the import job
 * @param userId who imported
 * @param created accounts created
 * @param updated existing accounts updated from the file
 */
public record AccountsImported(long jobId, long userId, int created, int updated) {
}
