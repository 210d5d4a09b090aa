package io.guanxi.customer.transfer;

import java.time.Instant;
import java.util.Locale;

import io.guanxi.platform.AccessScope;

/**
 * Who imports, what they may see, in which language errors are written, and the time
 * stamped on every record.
 */
record ImportContext(long jobId, long userId, AccessScope scope, Locale locale, Instant now) {
}
