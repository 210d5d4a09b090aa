package io.guanxi.customer;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Phone numbers as people type them ("138 0013 8000", "+86-10-8888 1234", "(415)
 * 555-0100") turned into one comparable E.164 form, so that search and duplicate
 * detection find a number whatever its format. Numbers without a country code are read in
 * the region of the record, or in the configured default region.
 */
@Component
public class PhoneNumbers {

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	/**
	 * The last number parsed on this thread: validation and then normalisation parse the
	 * same number one after the other (on every save and every imported row), and parsing
	 * is the dearest part of both.
	 */
	private static final ThreadLocal<@Nullable Parsed> LAST = new ThreadLocal<>();

	private final String defaultRegion;

	public PhoneNumbers(@Value("${guanxi.customer.phone-region:CN}") String defaultRegion) {
		this.defaultRegion = defaultRegion;
	}

	/** The E.164 form ({@code +8613800138000}) of a valid number, empty otherwise. */
	public Optional<String> e164(@Nullable String raw) {
		return e164(raw, null);
	}

	/**
	 * As {@link #e164(String)}, reading national numbers in {@code region} (ISO 3166
	 * code).
	 */
	public Optional<String> e164(@Nullable String raw, @Nullable String region) {
		if (raw == null || raw.isBlank()) {
			return Optional.empty();
		}
		String in = region == null || region.isBlank() ? defaultRegion : region;
		Parsed last = LAST.get();
		if (last != null && last.raw().equals(raw) && last.region().equals(in)) {
			return last.e164();
		}
		Optional<String> e164;
		try {
			var number = UTIL.parse(raw, in);
			e164 = UTIL.isValidNumber(number) ? Optional.of(UTIL.format(number, PhoneNumberFormat.E164))
					: Optional.empty();
		}
		catch (NumberParseException ex) {
			e164 = Optional.empty();
		}
		LAST.set(new Parsed(raw, in, e164));
		return e164;
	}

	/**
	 * A valid number read in {@code region}, written with its country code
	 * ({@code +49 30 1234567}) so that it reads the same in any region; empty otherwise.
	 */
	public Optional<String> international(@Nullable String raw, @Nullable String region) {
		return e164(raw, region).map(e164 -> {
			try {
				return UTIL.format(UTIL.parse(e164, null), PhoneNumberFormat.INTERNATIONAL);
			}
			catch (NumberParseException ex) {
				throw new IllegalStateException("An E.164 number parses", ex);
			}
		});
	}

	/**
	 * Whether a non-blank value is a valid number; blank values are not this method's
	 * business.
	 */
	public boolean isValid(@Nullable String raw, @Nullable String region) {
		return raw == null || raw.isBlank() || e164(raw, region).isPresent();
	}

	/** Only the digits of what the user typed, for matching the end of stored numbers. */
	public static String digits(String raw) {
		StringBuilder digits = new StringBuilder(raw.length());
		raw.chars().filter(c -> c >= '0' && c <= '9').forEach(c -> digits.append((char) c));
		return digits.toString();
	}

	public String defaultRegion() {
		return defaultRegion;
	}

	private record Parsed(String raw, String region, Optional<String> e164) {
	}

}
