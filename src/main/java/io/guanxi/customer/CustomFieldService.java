package io.guanxi.customer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.guanxi.customer.ProfileSection.Subject;
import io.guanxi.customer.field.CustomField;
import io.guanxi.customer.field.CustomFieldRepository;
import io.guanxi.customer.field.FieldValueStore;
import io.guanxi.platform.AccessDeniedProblem;
import io.guanxi.platform.AccessService;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.platform.Role;
import io.guanxi.platform.StaleVersionException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Custom fields (自定义字段) of accounts and contacts: their definitions, which only
 * administrators change, and their values, which whoever may change a record sets. Values
 * are typed and stored so that lists filter on them ({@link FieldFilters}) and exports
 * write them ({@link #valuesOf(Subject, Collection)}).
 */
@Service
@Transactional
public class CustomFieldService {

	static final String RECORD_TYPE = "field";

	private final CustomFieldRepository fields;

	private final FieldValueStore values;

	private final RecordAccess records;

	private final AccessService access;

	CustomFieldService(CustomFieldRepository fields, FieldValueStore values, RecordAccess records,
			AccessService access) {
		this.fields = fields;
		this.values = values;
		this.records = records;
		this.access = access;
	}

	/** Every field of the entity, active or not, in their order. */
	@Transactional(readOnly = true)
	public List<CustomFieldDefinition> definitions(Subject entity) {
		return fields.findByEntityOrderByPositionAscIdAsc(entity).stream().map(CustomFieldService::view).toList();
	}

	/** The fields records of the entity show and take, in their order. */
	@Transactional(readOnly = true)
	public List<CustomFieldDefinition> activeDefinitions(Subject entity) {
		return definitions(entity).stream().filter(CustomFieldDefinition::active).toList();
	}

	@Transactional(readOnly = true)
	public CustomFieldDefinition get(long id) {
		return view(load(id));
	}

	/** Whether some record has a value for the field, which fixes its type. */
	@Transactional(readOnly = true)
	public boolean hasValues(long id) {
		CustomField field = load(id);
		return values.hasValues(ProfileTables.of(field.entity()), id);
	}

	/** Whether the signed-in user may define fields. */
	public boolean canDefine() {
		return access.findCurrentUser().map(user -> user.role() == Role.ADMIN).orElse(false);
	}

	public CustomFieldDefinition create(SaveCustomField command) {
		requireAdmin();
		String code = command.code().strip();
		if (!code.matches("[a-z][a-z0-9_]{0,49}")) {
			throw CustomFieldErrors.of("code", "customer.field.error.code");
		}
		if (fields.existsByEntityAndCode(command.entity(), code)) {
			throw CustomFieldErrors.of("code", "customer.field.error.codeTaken", code);
		}
		int position = definitions(command.entity()).stream().mapToInt(CustomFieldDefinition::position).max().orElse(0)
				+ 10;
		CustomField field = new CustomField(command.entity(), code, command.type(), position);
		describe(field, command);
		return view(fields.saveAndFlush(field));
	}

	/**
	 * Changes a field's labels, options, required flag and active state (and its type,
	 * while no record has a value).
	 */
	public CustomFieldDefinition update(long id, SaveCustomField command, long expectedVersion) {
		requireAdmin();
		CustomField field = current(id, expectedVersion);
		if (!field.code().equals(command.code().strip()) || field.entity() != command.entity()) {
			throw CustomFieldErrors.of("code", "customer.field.error.codeFixed");
		}
		if (field.type() != command.type()) {
			if (values.hasValues(ProfileTables.of(field.entity()), id)) {
				throw CustomFieldErrors.of("type", "customer.field.error.typeFixed");
			}
			field.retype(command.type());
		}
		describe(field, command);
		fields.flush();
		return view(field);
	}

	/** Deletes a field with all its values. */
	public void delete(long id, long expectedVersion) {
		requireAdmin();
		fields.delete(current(id, expectedVersion));
	}

	/**
	 * Puts the entity's fields in this order; fields not named keep theirs, after them.
	 */
	public List<CustomFieldDefinition> reorder(Subject entity, List<Long> orderedIds) {
		requireAdmin();
		List<CustomField> all = fields.findByEntityOrderByPositionAscIdAsc(entity);
		List<CustomField> ordered = new ArrayList<>();
		orderedIds.forEach(id -> all.stream()
			.filter(field -> field.id() == id && !ordered.contains(field))
			.findFirst()
			.ifPresentOrElse(ordered::add, () -> {
				throw new RecordNotFoundException(RECORD_TYPE, id);
			}));
		all.stream().filter(field -> !ordered.contains(field)).forEach(ordered::add);
		for (int i = 0; i < ordered.size(); i++) {
			ordered.get(i).moveTo((i + 1) * 10);
		}
		fields.flush();
		return definitions(entity);
	}

	/**
	 * Moves a field one place up ({@code -1}) or down ({@code +1}) among its entity's.
	 */
	public void move(long id, int step) {
		CustomFieldDefinition field = get(id);
		List<Long> ids = new ArrayList<>(definitions(field.entity()).stream().map(CustomFieldDefinition::id).toList());
		int from = ids.indexOf(id);
		int to = Math.max(0, Math.min(ids.size() - 1, from + Integer.signum(step)));
		ids.add(to, ids.remove(from));
		reorder(field.entity(), ids);
	}

	/**
	 * Every active field of the record, set or not, in order: for its profile page and
	 * the API.
	 */
	@Transactional(readOnly = true)
	public List<FieldEntry> entriesOf(Subject subject, long recordId) {
		records.checkRead(subject, recordId);
		List<CustomFieldDefinition> active = activeDefinitions(subject);
		Map<Long, List<Object>> stored = storedOf(subject, List.of(recordId)).getOrDefault(recordId, Map.of());
		return active.stream().map(field -> entry(field, stored.getOrDefault(field.id(), List.of()))).toList();
	}

	/** The record's set values by field code, as text (see {@link FieldEntry#text()}). */
	@Transactional(readOnly = true)
	public Map<String, String> valuesOf(Subject subject, long recordId) {
		Map<String, String> texts = new LinkedHashMap<>();
		entriesOf(subject, recordId).stream()
			.filter(FieldEntry::isSet)
			.forEach(entry -> texts.put(entry.field().code(), entry.text()));
		return texts;
	}

	/**
	 * The set values of many records at once (list pages, exports), in one query: record
	 * id to field code to text, several choices joined by {@code "; "}. Records the
	 * caller may not see, and records without values, are missing.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Map<String, String>> valuesOf(Subject subject, Collection<Long> recordIds) {
		Map<Long, CustomFieldDefinition> active = activeDefinitions(subject).stream()
			.collect(Collectors.toMap(CustomFieldDefinition::id, field -> field));
		Map<Long, Map<String, String>> result = new LinkedHashMap<>();
		storedOf(subject, recordIds).forEach((recordId, byField) -> {
			Map<String, String> texts = new LinkedHashMap<>();
			active.values()
				.stream()
				.sorted((a, b) -> Integer.compare(a.position(), b.position()))
				.filter(field -> byField.containsKey(field.id()))
				.forEach(field -> texts.put(field.code(), entry(field, byField.get(field.id())).text()));
			if (!texts.isEmpty()) {
				result.put(recordId, texts);
			}
		});
		return result;
	}

	/**
	 * Sets the record's values from text by field code; a blank text clears the value.
	 * Fields not named keep their values. Every value is checked against its field's
	 * type, options and required flag before anything is saved.
	 * @throws CustomFieldErrors naming every field that cannot take its value
	 */
	public List<FieldEntry> setValues(Subject subject, long recordId, Map<String, @Nullable String> raw) {
		records.checkChange(subject, recordId);
		List<CustomFieldDefinition> active = activeDefinitions(subject);
		Map<String, CustomFieldDefinition> byCode = active.stream()
			.collect(Collectors.toMap(CustomFieldDefinition::code, field -> field));
		Map<Long, List<Object>> stored = storedOf(subject, List.of(recordId)).getOrDefault(recordId, Map.of());
		List<CustomFieldErrors.Problem> problems = new ArrayList<>();
		Map<CustomFieldDefinition, List<Object>> parsed = new LinkedHashMap<>();
		raw.forEach((code, text) -> {
			CustomFieldDefinition field = byCode.get(code);
			if (field == null) {
				problems.add(new CustomFieldErrors.Problem(code, "customer.field.error.unknown", new Object[0]));
				return;
			}
			try {
				parsed.put(field, FieldParsing.parse(field, text));
			}
			catch (FieldParsing.Invalid ex) {
				problems.add(ex.on(code));
			}
		});
		for (CustomFieldDefinition field : active) {
			boolean failed = problems.stream().anyMatch(problem -> problem.field().equals(field.code()));
			List<Object> after = parsed.containsKey(field) ? parsed.get(field)
					: stored.getOrDefault(field.id(), List.of());
			if (field.required() && !failed && after.isEmpty()) {
				problems
					.add(new CustomFieldErrors.Problem(field.code(), "customer.field.error.required", new Object[0]));
			}
		}
		if (!problems.isEmpty()) {
			throw new CustomFieldErrors(problems);
		}
		ProfileTables tables = ProfileTables.of(subject);
		parsed.forEach((field, typed) -> values.replace(tables, recordId, field.id(), FieldParsing.column(field.type()),
				typed));
		return entriesOf(subject, recordId);
	}

	/**
	 * Record id to field id to typed values, for the readable ones of {@code recordIds}.
	 */
	private Map<Long, Map<Long, List<Object>>> storedOf(Subject subject, Collection<Long> recordIds) {
		Map<Long, Map<Long, List<Object>>> stored = new LinkedHashMap<>();
		values.load(ProfileTables.of(subject), recordIds, records.scope()).forEach(row -> {
			Object value = row.value();
			if (value != null) {
				stored.computeIfAbsent(row.recordId(), id -> new HashMap<>())
					.computeIfAbsent(row.fieldId(), id -> new ArrayList<>())
					.add(value);
			}
		});
		return stored;
	}

	private static FieldEntry entry(CustomFieldDefinition field, List<Object> typed) {
		if (typed.isEmpty()) {
			return new FieldEntry(field, null, "");
		}
		List<Object> ordered = typed;
		if (field.type() == FieldType.MULTI_CHOICE) {
			// the definition's order; options removed since still show, at the end
			ordered = new ArrayList<>(field.options().stream().filter(typed::contains).toList());
			typed.stream().filter(value -> !field.options().contains(value)).forEach(ordered::add);
		}
		Object value = switch (field.type()) {
			case MULTI_CHOICE -> ordered.stream().map(Object::toString).toList();
			// numeric(19, 4) reads back as 12.5000: show it as 12.5
			case NUMBER -> new BigDecimal(FieldParsing.plain((BigDecimal) ordered.get(0)));
			default -> ordered.get(0);
		};
		return new FieldEntry(field, value, FieldParsing.text(ordered));
	}

	private void describe(CustomField field, SaveCustomField command) {
		List<String> options = List.of();
		if (command.type().hasOptions()) {
			options = command.options() == null ? List.of()
					: Arrays.stream(command.options().split("\\R"))
						.map(String::strip)
						.filter(option -> !option.isEmpty())
						.distinct()
						.toList();
			if (options.isEmpty()) {
				throw CustomFieldErrors.of("options", "customer.field.error.optionsMissing");
			}
			if (options.stream().anyMatch(option -> option.contains(";") || option.length() > 200)) {
				throw CustomFieldErrors.of("options", "customer.field.error.option");
			}
		}
		String labelZh = command.labelZh() == null || command.labelZh().isBlank() ? null : command.labelZh().strip();
		field.describe(command.label().strip(), labelZh, options.isEmpty() ? null : String.join("\n", options),
				Boolean.TRUE.equals(command.required()));
		if (!Boolean.FALSE.equals(command.active())) {
			field.activate();
		}
		else {
			field.deactivate();
		}
	}

	private void requireAdmin() {
		if (!canDefine()) {
			throw new AccessDeniedProblem("Only administrators may define custom fields");
		}
	}

	private CustomField load(long id) {
		return fields.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
	}

	private CustomField current(long id, long expectedVersion) {
		CustomField field = load(id);
		if (field.version() != expectedVersion) {
			throw new StaleVersionException(RECORD_TYPE, id, expectedVersion, field.version());
		}
		return field;
	}

	private static CustomFieldDefinition view(CustomField field) {
		List<String> options = field.options() == null ? List.of() : List.of(field.options().split("\n"));
		return new CustomFieldDefinition(field.id(), field.entity(), field.code(), field.label(), field.labelZh(),
				field.type(), options, field.required(), field.position(), field.active(), field.version());
	}

}
