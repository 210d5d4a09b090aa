package io.guanxi.sales.web;

import java.beans.PropertyEditorSupport;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A date as {@code <input type="date">} shows and sends it (yyyy-MM-dd), whatever the
 * user's language; empty is no date.
 */
class IsoDateEditor extends PropertyEditorSupport {

	@Override
	public void setAsText(String text) {
		try {
			setValue(text == null || text.isBlank() ? null : LocalDate.parse(text.strip()));
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(ex.getMessage(), ex);
		}
	}

	@Override
	public String getAsText() {
		return getValue() instanceof LocalDate date ? date.toString() : "";
	}

}
