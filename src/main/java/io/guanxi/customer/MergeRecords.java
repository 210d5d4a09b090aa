package io.guanxi.customer;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * Merges {@code mergedId} into {@code survivorId}: the survivor takes the chosen value of
 * each field, every child of the merged record moves to the survivor, and the merged
 * record is deleted. Both versions are the ones the caller last saw.
 *
 * @param fields field key (as in {@link MergePreview.Row#key()}, custom fields as
 * {@code field.<code>}) to the side whose value survives; a field not named keeps the
 * survivor's value, or takes the merged record's when the survivor has none
 */
public record MergeRecords(@NotNull Long survivorId, @NotNull Long mergedId, @NotNull Long survivorVersion,
		@NotNull Long mergedVersion, @Nullable Map<String, MergeSide> fields) {

	public MergeRecords {
		fields = fields == null ? Map.of() : Map.copyOf(fields);
	}

	@JsonIgnore
	@AssertTrue(message = "{customer.quality.error.sameRecord}")
	public boolean isTwoRecords() {
		return survivorId == null || !survivorId.equals(mergedId);
	}

	/** The side of a field: the one chosen, or null when the caller did not choose. */
	public @Nullable MergeSide sideOf(String key) {
		return fields().get(key);
	}

}
