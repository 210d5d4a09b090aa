package io.guanxi.customer.field;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

import io.guanxi.customer.CustomFieldDefinition;
import io.guanxi.customer.FieldEntry;
import io.guanxi.customer.FieldType;
import io.guanxi.customer.ProfileSection.Subject;
import org.jspecify.annotations.Nullable;

/**
 * What the custom fields section of a profile page shows, read or being edited.
 *
 * @param path where the section loads and saves, such as {@code /accounts/7/fields}
 * @param recordPath the profile page
 * @param canDefine whether the user may define fields (links to the administration)
 */
public record FieldSectionData(Subject subject, long recordId, String path, String recordPath, boolean editing,
		boolean canDefine, List<Row> rows) {

	public boolean failed() {
		return rows.stream().anyMatch(row -> row.errorKey() != null);
	}

	static String recordPath(Subject subject, long recordId) {
		return (subject == Subject.ACCOUNT ? "/accounts/" : "/contacts/") + recordId;
	}

	/**
	 * One field with its value as text (as stored, or as the user just typed it), the
	 * options chosen, and why it could not be saved.
	 */
	public record Row(CustomFieldDefinition field, String text, List<String> chosen, @Nullable String errorKey,
			Object[] errorArguments) {

		static Row of(FieldEntry entry) {
			List<String> chosen = entry.field().options().stream().filter(entry::has).toList();
			return new Row(entry.field(), entry.text(), chosen, null, new Object[0]);
		}

		/** The input name of the field in the edit form. */
		public String name() {
			return "field." + field.code();
		}

		public boolean isTrue() {
			return field.type() == FieldType.BOOLEAN && text.equals("true");
		}

		public boolean isSet() {
			return !text.isEmpty();
		}

		/** Numbers with thousands separators; other values as they are. */
		public String display() {
			if (field.type() == FieldType.NUMBER && !text.isEmpty()) {
				try {
					return new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ROOT))
						.format(new BigDecimal(text));
				}
				catch (NumberFormatException ex) {
					return text;
				}
			}
			return text;
		}

	}

}
