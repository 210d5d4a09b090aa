package io.guanxi.customer;

import java.util.List;

import io.guanxi.customer.ProfileSection.Subject;
import org.jspecify.annotations.Nullable;

/**
 * Two records side by side before a merge: each field with both values and the side that
 * survives unless the user chooses otherwise, and what moves along.
 *
 * @param rows every field that at least one of the two has set
 * @param mergedChildren what moves from the merged record: message key to count
 */
public record MergePreview(Subject subject, long survivorId, String survivorName, long survivorVersion, long mergedId,
		String mergedName, long mergedVersion, List<Row> rows, List<Count> mergedChildren) {

	/**
	 * One field of both records.
	 *
	 * @param key the field's key in {@link MergeRecords#fields()}
	 * @param labelKey a message key for the label, or null when {@code label} is the
	 * label itself (custom fields)
	 * @param valuePrefix when set, values are shown as the message {@code valuePrefix +
	 * value} (enumerations)
	 */
	public record Row(String key, @Nullable String labelKey, @Nullable String label, @Nullable String valuePrefix,
			@Nullable String survivor, @Nullable String merged, MergeSide defaultSide) {

		public boolean differs() {
			return survivor == null ? merged != null : !survivor.equals(merged);
		}

	}

	/** How many children of one kind the merged record has (contacts, tags, ...). */
	public record Count(String messageKey, long count) {
	}

}
