package io.guanxi.platform;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

/**
 * One revision of an audited record: who, when, what kind of change and which fields
 * changed.
 */
public record HistoryEntry(long revision, Instant at, @Nullable String username, Kind kind, List<Change> changes) {

	/**
	 * The same entry with one field's values made readable (an owner id shown as a name,
	 * say).
	 */
	public HistoryEntry describing(String field, UnaryOperator<@Nullable String> describe) {
		List<Change> described = changes.stream()
			.map(change -> change.field().equals(field)
					? new Change(field, describe.apply(change.before()), describe.apply(change.after())) : change)
			.toList();
		return new HistoryEntry(revision, at, username, kind, described);
	}

	public enum Kind {

		CREATED, CHANGED, DELETED

	}

	public record Change(String field, @Nullable String before, @Nullable String after) {
	}

}
