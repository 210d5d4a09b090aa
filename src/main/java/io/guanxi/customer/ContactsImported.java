package io.guanxi.customer;

/**
 * An import committed contacts in bulk. Published once per import instead of one
 * {@link ContactCreated} per row, as {@link AccountsImported} is for accounts; a listener
 * that needs the rows reads the contacts created or updated by the importer around the
 * import's time.
 *
 * @param jobId the import job
 * @param userId who imported
 * @param created contacts created
 * @param updated existing contacts updated from the file
 */
public record ContactsImported(long jobId, long userId, int created, int updated) {
}
