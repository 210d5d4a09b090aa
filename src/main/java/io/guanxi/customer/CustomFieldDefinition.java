package io.guanxi.customer;

import java.util.List;
import java.util.Locale;

import io.guanxi.customer.ProfileSection.Subject;
import org.jspecify.annotations.Nullable;

/**
 * A custom field an administrator defined for accounts or contacts; {@code version} is
 * the ETag.
 *
 * @param code the field's key in the API, in imports and exports: a slug, unique per
 * entity, fixed once created
 * @param options the choices of a CHOICE or MULTI_CHOICE field, in order
 */
public record CustomFieldDefinition(long id, Subject entity, String code, String label, @Nullable String labelZh,
		FieldType type, List<String> options, boolean required, int position, boolean active, long version) {

	public CustomFieldDefinition {
		options = List.copyOf(options);
	}

	/**
	 * The label in the user's language: the Chinese one for Chinese when there is one.
	 */
	public String label(@Nullable Locale locale) {
		boolean chinese = locale != null && locale.getLanguage().equals(Locale.CHINESE.getLanguage());
		return chinese && labelZh != null && !labelZh.isBlank() ? labelZh : label;
	}

	/** The options one per line, as the definition form edits them. */
	public String optionsText() {
		return String.join("\n", options);
	}

}
