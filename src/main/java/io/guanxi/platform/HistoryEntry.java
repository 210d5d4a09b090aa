package io.guanxi.platform;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One revision of an audited record: who, when, what kind of change and which fields
 * changed.
 */
public record HistoryEntry(long revision, Instant at, @Nullable String username, Kind kind, List<Change> changes) {

	public enum Kind {

		CREATED, CHANGED, DELETED

	}

	public record Change(String field, @Nullable String before, @Nullable String after) {
	}

}
