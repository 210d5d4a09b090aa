package io.guanxi.customer;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Which of two merged records a field's value comes from. */
public enum MergeSide {

	SURVIVOR, MERGED;

	/** Reads {@code "survivor"} and {@code "merged"} in any case. */
	@JsonCreator
	public static MergeSide parse(String text) {
		return valueOf(text.strip().toUpperCase(Locale.ROOT));
	}

	@JsonValue
	public String json() {
		return name().toLowerCase(Locale.ROOT);
	}

}
