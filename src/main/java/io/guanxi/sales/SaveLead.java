package io.guanxi.sales;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.guanxi.customer.Industry;
import io.guanxi.customer.ValidPhones;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a lead a user (or a web visitor) fills in, for capturing and for changing
 * it. Texts are trimmed (blank means empty) and the e-mail address lower-cased before
 * validation. A lead needs a name and a way to reach the person.
 *
 * @param mobile as typed; its E.164 form is computed when saved (national numbers in the
 * default region, as for contacts)
 * @param source empty means {@link LeadSource#MANUAL}
 * @param campaign the campaign that brought the lead, as free text until marketing
 * campaigns exist
 * @param ownerId on capture, empty means "by the assignment rules"; on change, empty
 * means no change
 */
@ValidPhones
public record SaveLead(@Nullable @Size(max = 100) String familyName, @Nullable @Size(max = 100) String givenName,
		@Nullable @Size(max = 200) String companyName, @Nullable @Size(max = 200) String title,
		@Nullable @Size(max = 254) @Email String email, @Nullable @Size(max = 50) String mobile,
		@Nullable @Size(max = 50) String phone, @Nullable Industry industry, @Nullable @Size(max = 100) String region,
		@Nullable @Size(max = 100) String city, @Nullable LeadSource source, @Nullable @Size(max = 200) String campaign,
		@Nullable @Size(max = 4000) String description, @Nullable Long ownerId) implements ValidPhones.Holder {

	public SaveLead {
		familyName = clean(familyName);
		givenName = clean(givenName);
		companyName = clean(companyName);
		title = clean(title);
		email = clean(email);
		email = email == null ? null : email.toLowerCase(Locale.ROOT);
		mobile = clean(mobile);
		phone = clean(phone);
		region = clean(region);
		city = clean(city);
		campaign = clean(campaign);
		description = clean(description);
	}

	public static SaveLead blank() {
		return new SaveLead(null, null, null, null, null, null, null, null, null, null, LeadSource.MANUAL, null, null,
				null);
	}

	/** A name, a company and an e-mail: the shortest useful lead, for tests and demos. */
	public static SaveLead of(String familyName, String givenName, @Nullable String companyName, String email) {
		return new SaveLead(familyName, givenName, companyName, null, email, null, null, null, null, null, null, null,
				null, null);
	}

	/**
	 * A family name, a given name or both; a validation error names the field
	 * {@code named}.
	 */
	@JsonIgnore
	@AssertTrue(message = "{sales.lead.error.name}")
	public boolean isNamed() {
		return familyName != null || givenName != null;
	}

	/**
	 * An e-mail address or a phone number; a validation error names the field
	 * {@code reachable}.
	 */
	@JsonIgnore
	@AssertTrue(message = "{sales.lead.error.reachable}")
	public boolean isReachable() {
		return email != null || mobile != null || phone != null;
	}

	/** The same lead from another source (the API, an import, the web form). */
	public SaveLead from(LeadSource source) {
		return new SaveLead(familyName, givenName, companyName, title, email, mobile, phone, industry, region, city,
				source, campaign, description, ownerId);
	}

	public SaveLead ownedBy(@Nullable Long ownerId) {
		return new SaveLead(familyName, givenName, companyName, title, email, mobile, phone, industry, region, city,
				source, campaign, description, ownerId);
	}

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

	private static @Nullable String clean(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
