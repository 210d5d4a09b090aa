package io.guanxi.customer;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a contact a user edits, for creating and for changing it. Text is trimmed
 * (blank means empty) and the e-mail address lower-cased before validation. The full name
 * is derived from the family and given names, of which one is enough.
 *
 * @param mobile as typed; its E.164 form is computed when saved
 * @param doNotContact empty means false
 * @param ownerId empty means the signed-in user (on create) or the current owner (on
 * update)
 */
@ValidPhones
public record SaveContact(@Nullable @Size(max = 100) String familyName, @Nullable @Size(max = 100) String givenName,
		@Nullable @Size(max = 200) String alternateName, @Nullable @Size(max = 200) String jobTitle,
		@Nullable @Size(max = 50) String mobile, @Nullable @Size(max = 50) String phone,
		@Nullable @Size(max = 254) @Email String email, @Nullable @Size(max = 100) String wechat,
		@Nullable @PastOrPresent LocalDate birthday, @Nullable @Size(max = 20) String preferredLanguage,
		@Nullable PreferredChannel preferredChannel, @Nullable Boolean doNotContact,
		@Nullable @Size(max = 100) String city, @Nullable @Size(max = 4000) String notes,
		@Nullable Long ownerId) implements ValidPhones.Holder {

	/** The languages that forms offer; the API and imports take any language tag. */
	public static final List<String> LANGUAGES = List.of("zh-CN", "en", "zh-HK", "ja", "ko", "de", "fr");

	public SaveContact {
		familyName = clean(familyName);
		givenName = clean(givenName);
		alternateName = clean(alternateName);
		jobTitle = clean(jobTitle);
		mobile = clean(mobile);
		phone = clean(phone);
		email = clean(email);
		email = email == null ? null : email.toLowerCase(Locale.ROOT);
		wechat = clean(wechat);
		preferredLanguage = clean(preferredLanguage);
		city = clean(city);
		notes = clean(notes);
		doNotContact = Boolean.TRUE.equals(doNotContact);
	}

	/** Only a name: the start of a form, or the shortest valid command. */
	public static SaveContact named(@Nullable String familyName, @Nullable String givenName) {
		return new SaveContact(familyName, givenName, null, null, null, null, null, null, null, null, null, false, null,
				null, null);
	}

	public static SaveContact blank() {
		return named(null, null);
	}

	/**
	 * A family name, a given name or both; a validation error names the field
	 * {@code named}.
	 */
	@JsonIgnore
	@AssertTrue(message = "{customer.contact.error.name}")
	public boolean isNamed() {
		return familyName != null || givenName != null;
	}

	private static @Nullable String clean(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/**
	 * Contacts have no country of their own: national numbers are read in the default
	 * region.
	 */
	@Override
	public Map<String, @Nullable String> phones() {
		Map<String, @Nullable String> phones = new LinkedHashMap<>();
		phones.put("mobile", mobile);
		phones.put("phone", phone);
		return phones;
	}

	@Override
	public @Nullable String phoneRegion() {
		return null;
	}

}
