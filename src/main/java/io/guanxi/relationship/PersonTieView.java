package io.guanxi.relationship;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

public record PersonTieView(long id, long fromContactId, String fromName, long toContactId, String toName,
		PersonTieKind kind, int strength, @Nullable LocalDate validFrom, @Nullable LocalDate validTo,
		@Nullable String note, long version) {
}
