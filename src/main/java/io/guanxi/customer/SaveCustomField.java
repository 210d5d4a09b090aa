package io.guanxi.customer;

import io.guanxi.customer.ProfileSection.Subject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A custom field's definition as an administrator edits it. The entity and the code are
 * fixed once the field exists; the type is fixed once a record has a value for it.
 *
 * @param code a slug: lower-case letters, digits and underscores, starting with a letter
 * @param options for CHOICE and MULTI_CHOICE, one per line
 * @param required empty means not required
 * @param active empty means active
 */
public record SaveCustomField(@NotNull Subject entity,
		@NotBlank @Pattern(regexp = "[a-z][a-z0-9_]{0,49}", message = "{customer.field.error.code}") String code,
		@NotBlank @Size(max = 100) String label, @Nullable @Size(max = 100) String labelZh, @NotNull FieldType type,
		@Nullable @Size(max = 4000) String options, @Nullable Boolean required, @Nullable Boolean active) {

	public static SaveCustomField blank(Subject entity) {
		return new SaveCustomField(entity, "", "", "", FieldType.TEXT, "", false, true);
	}

	public static SaveCustomField of(CustomFieldDefinition field) {
		return new SaveCustomField(field.entity(), field.code(), field.label(), field.labelZh(), field.type(),
				field.optionsText(), field.required(), field.active());
	}

}
