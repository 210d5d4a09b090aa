package io.guanxi.customer.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.LongConsumer;

import io.guanxi.customer.MergePreview;
import io.guanxi.customer.MergeRecords;
import io.guanxi.customer.ProfileSection.Subject;
import io.guanxi.customer.ProfileTables;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.platform.TrackedEntity;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Merging two records of one subject, the same flow for accounts and contacts: both are
 * checked by their own service (change access, and for the merge the versions the caller
 * saw), the merged record's children move to the survivor, the survivor takes the chosen
 * values, the event of the merge is published (in this transaction, before the delete, so
 * that other modules repoint what refers to the merged record) and the merged record is
 * deleted. Called by {@code Duplicates}, inside its transaction.
 *
 * @param <E> the entity
 */
abstract class RecordMerge<E extends TrackedEntity> {

	private final Subject subject;

	private final MergeFields<E> fields;

	private final JpaRepository<E, Long> records;

	private final LongConsumer checkChange;

	private final VersionCheck checkVersion;

	private final MergeParts parts;

	/**
	 * @param checkChange the service's check that the caller may change a record
	 * @param checkVersion the same check that also wants the version the caller saw
	 */
	RecordMerge(Subject subject, MergeFields<E> fields, JpaRepository<E, Long> records, LongConsumer checkChange,
			VersionCheck checkVersion, MergeParts parts) {
		this.subject = subject;
		this.fields = fields;
		this.records = records;
		this.checkChange = checkChange;
		this.checkVersion = checkVersion;
		this.parts = parts;
	}

	public MergePreview preview(long survivorId, long mergedId) {
		checkChange.accept(survivorId);
		E survivor = loaded(survivorId);
		checkChange.accept(mergedId);
		E merged = loaded(mergedId);
		List<MergePreview.Row> rows = new ArrayList<>(fields.rows(survivor, merged, parts.users()));
		rows.addAll(MergeFields.customRows(subject, survivorId, mergedId, parts.customFields()));
		return new MergePreview(subject, survivorId, name(survivor), survivor.version(), mergedId, name(merged),
				merged.version(), rows, parts.merger().children(subject, mergedId));
	}

	/** Merges and answers the survivor's id; the caller must be able to change both. */
	public long merge(MergeRecords command) {
		long survivorId = command.survivorId();
		long mergedId = command.mergedId();
		checkVersion.check(survivorId, command.survivorVersion());
		E survivor = loaded(survivorId);
		checkVersion.check(mergedId, command.mergedVersion());
		E merged = loaded(mergedId);
		Map<String, Long> customFieldIds = MergeFields.customFieldIds(subject, parts.customFields());
		fields.checkKeys(command, customFieldIds.keySet());

		parts.merger()
			.moveChildren(subject, survivorId, mergedId, MergeFields.fieldsFromMerged(command, customFieldIds));

		String notes = MergeFields.notesWithMerge(
				fields.text("notes", fields.source("notes", survivor, merged, command)),
				ProfileTables.of(subject).recordType(), mergedId, name(merged), parts.messages());
		takeValues(survivor, merged, command, notes);

		parts.pairs().forget(subject, mergedId);
		// before the delete, so that other modules repoint their references in this
		// transaction
		parts.events().publishEvent(mergedEvent(survivorId, mergedId));
		records.delete(merged);
		records.flush();
		return survivorId;
	}

	/**
	 * Gives the survivor the chosen values; {@code notes} are the chosen notes with a
	 * line saying what was merged in.
	 */
	abstract void takeValues(E survivor, E merged, MergeRecords command, String notes);

	/** The event that says the merged record is gone into the survivor. */
	abstract Object mergedEvent(long survivorId, long mergedId);

	/** The value of a field that the survivor keeps. */
	final <V> @Nullable V pick(String key, Function<E, @Nullable V> getter, E survivor, E merged,
			MergeRecords command) {
		return fields.pick(key, getter, survivor, merged, command);
	}

	private String name(E record) {
		return Objects.requireNonNull(fields.text("name", record));
	}

	/** The record as the check has just loaded it into the persistence context. */
	private E loaded(long id) {
		return records.findById(id)
			.orElseThrow(() -> new RecordNotFoundException(ProfileTables.of(subject).recordType(), id));
	}

	/**
	 * A service's check that the caller may change a record still at the version they
	 * saw.
	 */
	interface VersionCheck {

		void check(long id, long expectedVersion);

	}

}
