package io.guanxi.sales;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A file on a deal, without its content. */
public record DocumentView(long id, long opportunityId, DocumentKind kind, String fileName, String contentType,
		long sizeBytes, @Nullable String uploadedBy, Instant uploadedAt) {
}
