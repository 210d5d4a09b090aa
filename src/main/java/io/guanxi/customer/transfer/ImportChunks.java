package io.guanxi.customer.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The part of an import that is the same for every target: rows through the mapping,
 * validation by the target, and per row the decision to create, update, skip or refuse,
 * against existing records and against earlier rows of the same file.
 */
final class ImportChunks<R> {

	private final TargetRun<R> run;

	private final List<String> headers;

	private final List<String> mapping;

	private final DuplicatePolicy policy;

	ImportChunks(TargetRun<R> run, List<String> headers, List<String> mapping, DuplicatePolicy policy) {
		this.run = run;
		this.headers = headers;
		this.mapping = mapping;
		this.policy = policy;
	}

	enum Action {

		CREATE, UPDATE, SKIP, ERROR

	}

	/**
	 * What happens to one row.
	 *
	 * @param duplicateOf the existing record it matched, if any
	 */
	record Outcome(SourceRow row, Action action, @Nullable Long duplicateOf, List<RowError> errors) {
	}

	record Result(List<Outcome> outcomes, ImportCounts counts, List<RowError> errors) {
	}

	/**
	 * A chunk read and validated, ready for the duplicate check and the write.
	 *
	 * @param outcomes filled for the refused rows, the others still null
	 */
	record Validated<R>(List<SourceRow> rows, @Nullable Outcome[] outcomes, List<Integer> validIndexes, List<R> valid,
			List<List<String>> keys, List<RowError> errors) {
	}

	/** Decides each row of a chunk, and writes the chunk when {@code write} is set. */
	Result process(List<SourceRow> rows, boolean write) {
		return decide(validate(rows), write);
	}

	/**
	 * Converts and validates the rows; touches nothing the transaction holds, so that it
	 * can run beside the writes, on another thread.
	 */
	Validated<R> validate(List<SourceRow> rows) {
		List<RowError> errors = new ArrayList<>();
		@Nullable Outcome[] outcomes = new Outcome[rows.size()];
		List<Integer> validIndexes = new ArrayList<>();
		List<R> valid = new ArrayList<>();
		List<List<String>> keys = new ArrayList<>();
		List<RowValues> values = rows.stream().map(row -> new RowValues(row, headers, mapping)).toList();
		run.prepare(values);
		for (int i = 0; i < rows.size(); i++) {
			int before = errors.size();
			R record = run.read(values.get(i), errors);
			if (record == null) {
				outcomes[i] = new Outcome(rows.get(i), Action.ERROR, null,
						List.copyOf(errors.subList(before, errors.size())));
			}
			else {
				validIndexes.add(i);
				valid.add(record);
				keys.add(policy == DuplicatePolicy.CREATE ? List.of() : run.duplicateKeys(record));
			}
		}
		return new Validated<>(rows, outcomes, validIndexes, valid, keys, errors);
	}

	/**
	 * Creates, updates or skips each valid row, in the job's transaction: duplicates are
	 * looked up in the database, where the rows of earlier chunks already are, and among
	 * the earlier rows of this chunk.
	 */
	Result decide(Validated<R> chunk, boolean write) {
		List<R> valid = chunk.valid();
		Set<String> allKeys = new LinkedHashSet<>();
		chunk.keys().forEach(allKeys::addAll);
		Map<String, Long> existing = allKeys.isEmpty() ? Map.of() : run.existing(allKeys);
		Map<String, Integer> pending = new HashMap<>();
		List<R> creates = new ArrayList<>();
		Map<Long, R> updates = new LinkedHashMap<>();
		int updated = 0;
		int skipped = 0;
		@Nullable Outcome[] outcomes = chunk.outcomes().clone();
		for (int v = 0; v < valid.size(); v++) {
			R record = valid.get(v);
			List<String> keys = chunk.keys().get(v);
			Long existingId = first(keys, existing);
			Integer pendingIndex = existingId == null ? first(keys, pending) : null;
			Action action;
			if (existingId == null && pendingIndex == null) {
				action = Action.CREATE;
				creates.add(record);
				remember(keys, creates.size() - 1, pending);
			}
			else if (policy == DuplicatePolicy.SKIP) {
				action = Action.SKIP;
				skipped++;
			}
			else if (existingId != null) {
				action = Action.UPDATE;
				updates.put(existingId, record);
				updated++;
			}
			else {
				// the same record twice in the file: the later row wins
				action = Action.UPDATE;
				creates.set(pendingIndex, record);
				remember(keys, pendingIndex, pending);
				updated++;
			}
			int index = chunk.validIndexes().get(v);
			outcomes[index] = new Outcome(chunk.rows().get(index), action, existingId, List.of());
		}
		if (write) {
			run.create(creates);
			run.update(updates);
		}
		int refused = chunk.rows().size() - valid.size();
		List<Outcome> all = new ArrayList<>(outcomes.length);
		for (Outcome outcome : outcomes) {
			all.add(Objects.requireNonNull(outcome));
		}
		return new Result(all, new ImportCounts(chunk.rows().size(), creates.size(), updated, skipped, refused),
				chunk.errors());
	}

	private static <V> @Nullable V first(List<String> keys, Map<String, V> values) {
		for (String key : keys) {
			V value = values.get(key);
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	private static void remember(List<String> keys, int index, Map<String, Integer> pending) {
		keys.forEach(key -> pending.putIfAbsent(key, index));
	}

}
