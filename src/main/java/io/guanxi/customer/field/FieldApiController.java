package io.guanxi.customer.field;

import java.net.URI;
import java.util.List;

import io.guanxi.customer.CustomFieldDefinition;
import io.guanxi.customer.CustomFieldErrors;
import io.guanxi.customer.CustomFieldService;
import io.guanxi.customer.ProfileSection.Subject;
import io.guanxi.customer.SaveCustomField;
import io.guanxi.platform.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/fields")
@Tag(name = "Custom fields", description = "Fields administrators add to accounts and contacts")
class FieldApiController {

	private final CustomFieldService fields;

	private final MessageSource messages;

	FieldApiController(CustomFieldService fields, MessageSource messages) {
		this.fields = fields;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "The fields of an entity (ACCOUNT or CONTACT), active or not, in display order")
	List<CustomFieldDefinition> list(@RequestParam Subject entity) {
		return fields.definitions(entity);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One field; its ETag is needed to change it")
	ResponseEntity<CustomFieldDefinition> get(@PathVariable long id) {
		CustomFieldDefinition field = fields.get(id);
		return ResponseEntity.ok().eTag(ETags.of(field.version())).body(field);
	}

	@PostMapping
	@Operation(summary = "Define a field (administrators); options one per line for CHOICE and MULTI_CHOICE")
	ResponseEntity<CustomFieldDefinition> create(@Valid @RequestBody SaveCustomField command) {
		CustomFieldDefinition field = fields.create(command);
		return ResponseEntity.created(URI.create("/api/v1/fields/" + field.id()))
			.eTag(ETags.of(field.version()))
			.body(field);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a field's labels, options, required and active flags (administrators); "
			+ "code and entity are fixed, the type while values exist; If-Match must carry its ETag")
	ResponseEntity<CustomFieldDefinition> update(@PathVariable long id, @Valid @RequestBody SaveCustomField command,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		CustomFieldDefinition field = fields.update(id, command, ETags.requireVersion(ifMatch));
		return ResponseEntity.ok().eTag(ETags.of(field.version())).body(field);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete a field with all its values (administrators); If-Match must carry its ETag")
	ResponseEntity<Void> delete(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		fields.delete(id, ETags.requireVersion(ifMatch));
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/order")
	@Operation(summary = "Put an entity's fields in this order of ids (administrators)")
	List<CustomFieldDefinition> reorder(@RequestParam Subject entity, @RequestBody List<Long> ids) {
		return fields.reorder(entity, ids);
	}

	@ExceptionHandler
	ProblemDetail on(CustomFieldErrors errors) {
		return FieldProblems.of(errors, messages);
	}

}
