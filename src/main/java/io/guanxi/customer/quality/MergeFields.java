package io.guanxi.customer.quality;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.guanxi.customer.CustomFieldDefinition;
import io.guanxi.customer.CustomFieldService;
import io.guanxi.customer.MergePreview.Row;
import io.guanxi.customer.MergeRecords;
import io.guanxi.customer.MergeSide;
import io.guanxi.customer.ProfileSection.Subject;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.UserDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The fields of one kind of record that a merge lets the user choose, and the choosing: a
 * field keeps the survivor's value unless the user picks the merged record's, or the
 * survivor has none.
 *
 * @param <T> the entity
 */
final class MergeFields<T> {

	/** Custom fields are named {@code field.<code>} in the choices. */
	static final String CUSTOM_FIELD = "field.";

	private final List<Spec<T>> specs;

	MergeFields(List<Spec<T>> specs) {
		this.specs = List.copyOf(specs);
	}

	/** Refuses choices for fields that do not exist. */
	void checkKeys(MergeRecords command, Set<String> customFieldKeys) {
		Set<String> known = new HashSet<>(customFieldKeys);
		specs.forEach(spec -> known.add(spec.key()));
		for (String key : command.fields().keySet()) {
			if (!known.contains(key)) {
				throw new BusinessRuleException("customer.quality.error.unknownField", key);
			}
		}
	}

	static MergeSide side(@Nullable MergeSide chosen, @Nullable Object survivor, @Nullable Object merged) {
		if (chosen != null) {
			return chosen;
		}
		return survivor == null && merged != null ? MergeSide.MERGED : MergeSide.SURVIVOR;
	}

	/** The entity whose value of {@code key} survives. */
	T source(String key, T survivor, T merged, MergeRecords command) {
		Spec<T> spec = spec(key);
		return side(command.sideOf(key), spec.value().apply(survivor), spec.value().apply(merged)) == MergeSide.MERGED
				? merged : survivor;
	}

	/** One record's value of {@code key} as text (its name, its notes). */
	@Nullable String text(String key, T record) {
		Object value = spec(key).value().apply(record);
		return value == null ? null : value.toString();
	}

	private Spec<T> spec(String key) {
		return specs.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
	}

	/** The value of {@code key} that survives. */
	<V> @Nullable V pick(String key, Function<T, @Nullable V> getter, T survivor, T merged, MergeRecords command) {
		return getter.apply(source(key, survivor, merged, command));
	}

	/** Both records' fields, those set on at least one side, owners shown by name. */
	List<Row> rows(T survivor, T merged, UserDirectory users) {
		List<Row> rows = new ArrayList<>();
		for (Spec<T> spec : specs) {
			Object left = spec.value().apply(survivor);
			Object right = spec.value().apply(merged);
			if (left == null && right == null) {
				continue;
			}
			rows.add(new Row(spec.key(), spec.labelKey(), null, spec.valuePrefix(), text(spec, left, users),
					text(spec, right, users), side(null, left, right)));
		}
		return rows;
	}

	private static <T> @Nullable String text(Spec<T> spec, @Nullable Object value, UserDirectory users) {
		if (value == null) {
			return null;
		}
		if (spec.key().equals("owner")) {
			return users.findById((Long) value).map(UserDirectory.UserSummary::displayName).orElse("?");
		}
		return value.toString();
	}

	/** Rows for the custom fields either record has a value of. */
	static List<Row> customRows(Subject subject, long survivorId, long mergedId, CustomFieldService fields) {
		Map<String, String> left = fields.valuesOf(subject, survivorId);
		Map<String, String> right = fields.valuesOf(subject, mergedId);
		Locale locale = LocaleContextHolder.getLocale();
		List<Row> rows = new ArrayList<>();
		for (CustomFieldDefinition field : fields.activeDefinitions(subject)) {
			String l = left.get(field.code());
			String r = right.get(field.code());
			if (l != null || r != null) {
				rows.add(new Row(CUSTOM_FIELD + field.code(), null, field.label(locale), null, l, r, side(null, l, r)));
			}
		}
		return rows;
	}

	/** The custom field keys of a subject. */
	static Map<String, Long> customFieldIds(Subject subject, CustomFieldService fields) {
		Map<String, Long> ids = new LinkedHashMap<>();
		fields.definitions(subject).forEach(field -> ids.put(CUSTOM_FIELD + field.code(), field.id()));
		return ids;
	}

	/** The ids of the custom fields the user took from the merged record. */
	static Set<Long> fieldsFromMerged(MergeRecords command, Map<String, Long> customFieldIds) {
		Set<Long> ids = new HashSet<>();
		command.fields().forEach((key, side) -> {
			if (side == MergeSide.MERGED && customFieldIds.containsKey(key)) {
				ids.add(customFieldIds.get(key));
			}
		});
		return ids;
	}

	/**
	 * The survivor's notes with a line saying what was merged in, so that the merge is a
	 * change in the survivor's history even when every value stays; cut at the front to
	 * fit.
	 */
	static String notesWithMerge(@Nullable String notes, String recordType, long mergedId, String mergedName,
			MessageSource messages) {
		String line = messages.getMessage("customer.quality.merge.note",
				new Object[] { messages.getMessage("customer.quality.type." + recordType, null, recordType,
						LocaleContextHolder.getLocale()), String.valueOf(mergedId), mergedName },
				LocaleContextHolder.getLocale());
		String text = notes == null ? line : notes + "\n" + line;
		return text.length() <= 4000 ? text : text.substring(text.length() - 4000);
	}

	/**
	 * One field: its key, label message key, optional message prefix for enumerations,
	 * and how to read it.
	 */
	record Spec<T>(String key, String labelKey, @Nullable String valuePrefix, Function<T, @Nullable Object> value) {

		static <T> Spec<T> of(String key, String labelKey, Function<T, @Nullable Object> value) {
			return new Spec<>(key, labelKey, null, value);
		}

	}

}
