package io.guanxi.customer;

import java.util.Collections;
import java.util.Map;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The fields of an account a user edits, for creating and for changing it. A change
 * replaces every field, so a form or a PUT sends them all.
 *
 * @param kind empty means a company
 * @param country ISO 3166 code; national phone numbers are read in this country
 * @param lifecycleStage empty means a prospect
 * @param status empty means active
 * @param ownerId empty means the signed-in user on create, and no change on update
 */
@ValidPhones
public record SaveAccount(@NotBlank @Size(max = 200) String name, @Nullable AccountKind kind,
		@Nullable @Size(max = 300) String legalName, @Nullable Industry industry, @Nullable CompanySize sizeBand,
		@Nullable @Pattern(regexp = "[A-Z]{2}", message = "{customer.account.error.country}") String country,
		@Nullable @Size(max = 100) String region, @Nullable @Size(max = 100) String city,
		@Nullable @Size(max = 500) String address, @Nullable @Size(max = 20) String postalCode,
		@Nullable @Size(max = 300) @Pattern(regexp = "(https?://)?[\\w.-]+\\.[a-zA-Z\\p{L}]{2,}(/\\S*)?",
				message = "{customer.account.error.website}") String website,
		@Nullable @Size(max = 50) String phone, @Nullable @Email @Size(max = 254) String email,
		@Nullable CustomerSource source, @Nullable Tier tier, @Nullable LifecycleStage lifecycleStage,
		@Nullable AccountStatus status, @Nullable @Size(max = 4000) String notes,
		@Nullable Long ownerId) implements ValidPhones.Holder {

	/**
	 * An active prospect company with nothing but a name and an owner: quick-create and
	 * tests.
	 */
	public SaveAccount(String name, @Nullable Long ownerId) {
		this(name, AccountKind.COMPANY, null, null, null, null, null, null, null, null, null, null, null, null, null,
				LifecycleStage.PROSPECT, AccountStatus.ACTIVE, null, ownerId);
	}

	public static SaveAccount blank() {
		return new SaveAccount("", null);
	}

	@Override
	public Map<String, @Nullable String> phones() {
		return Collections.singletonMap("phone", phone);
	}

	@Override
	public @Nullable String phoneRegion() {
		return country;
	}

}
