package io.guanxi.customer.field;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.guanxi.customer.CustomFieldErrors;
import io.guanxi.customer.CustomFieldService;
import io.guanxi.customer.FieldEntry;
import io.guanxi.customer.ProfileSection.Subject;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A record's custom field values as a JSON object by field code: numbers, ISO dates,
 * booleans, strings, arrays of options for multi-choice fields, null when not set.
 */
@RestController
@Tag(name = "Custom fields")
class FieldValueApiController {

	private final CustomFieldService fields;

	private final MessageSource messages;

	FieldValueApiController(CustomFieldService fields, MessageSource messages) {
		this.fields = fields;
		this.messages = messages;
	}

	@GetMapping("/api/v1/accounts/{id}/fields")
	@Operation(summary = "An account's custom field values by code (null when not set)")
	Map<String, @Nullable Object> accountFields(@PathVariable long id) {
		return json(fields.entriesOf(Subject.ACCOUNT, id));
	}

	@PutMapping("/api/v1/accounts/{id}/fields")
	@Operation(summary = "Set an account's custom field values by code; null clears, fields not named stay; "
			+ "400 lists every invalid field as errors[].field = code")
	Map<String, @Nullable Object> setAccountFields(@PathVariable long id,
			@RequestBody Map<String, @Nullable Object> values) {
		return json(fields.setValues(Subject.ACCOUNT, id, raw(values)));
	}

	@GetMapping("/api/v1/contacts/{id}/fields")
	@Operation(summary = "A contact's custom field values by code (null when not set)")
	Map<String, @Nullable Object> contactFields(@PathVariable long id) {
		return json(fields.entriesOf(Subject.CONTACT, id));
	}

	@PutMapping("/api/v1/contacts/{id}/fields")
	@Operation(summary = "Set a contact's custom field values by code; null clears, fields not named stay; "
			+ "400 lists every invalid field as errors[].field = code")
	Map<String, @Nullable Object> setContactFields(@PathVariable long id,
			@RequestBody Map<String, @Nullable Object> values) {
		return json(fields.setValues(Subject.CONTACT, id, raw(values)));
	}

	@ExceptionHandler
	ProblemDetail on(CustomFieldErrors errors) {
		return FieldProblems.of(errors, messages);
	}

	private static Map<String, @Nullable Object> json(List<FieldEntry> entries) {
		Map<String, @Nullable Object> json = new LinkedHashMap<>();
		entries.forEach(entry -> json.put(entry.field().code(), entry.value()));
		return json;
	}

	private static Map<String, @Nullable String> raw(Map<String, @Nullable Object> values) {
		Map<String, @Nullable String> raw = new HashMap<>();
		values.forEach((code, value) -> raw.put(code, text(value)));
		return raw;
	}

	private static @Nullable String text(@Nullable Object value) {
		if (value instanceof List<?> list) {
			return list.stream().map(String::valueOf).collect(Collectors.joining(";"));
		}
		if (value instanceof Double || value instanceof Float) {
			return BigDecimal.valueOf(((Number) value).doubleValue()).toPlainString();
		}
		return value == null ? null : value.toString();
	}

}
