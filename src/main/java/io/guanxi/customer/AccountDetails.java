package io.guanxi.customer;

import java.time.Instant;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * An account with everything its page and the API show; {@code version} is the ETag.
 *
 * @param phoneE164 the phone in international form, empty when none or not valid
 */
public record AccountDetails(long id, String name, AccountKind kind, @Nullable String legalName,
		@Nullable Industry industry, @Nullable CompanySize sizeBand, @Nullable String country, @Nullable String region,
		@Nullable String city, @Nullable String address, @Nullable String postalCode, @Nullable String website,
		@Nullable String phone, @Nullable String phoneE164, @Nullable String email, @Nullable CustomerSource source,
		@Nullable Tier tier, LifecycleStage lifecycleStage, AccountStatus status, @Nullable String notes, long ownerId,
		String ownerName, Instant createdAt, Instant updatedAt, long version) {

	/** The fields as a command, for an edit form that starts from what is stored. */
	public SaveAccount toCommand() {
		return new SaveAccount(name, kind, legalName, industry, sizeBand, country, region, city, address, postalCode,
				website, phone, email, source, tier, lifecycleStage, status, notes, ownerId);
	}

	/**
	 * Region, city, street and postal code as one line, leaving out what is not known.
	 */
	public String location() {
		return Stream.of(region, city, address, postalCode).filter(Objects::nonNull).collect(Collectors.joining(" "));
	}

	/** The website as a link target, with a scheme when the user typed none. */
	public @Nullable String websiteUrl() {
		if (website == null) {
			return null;
		}
		return website.startsWith("http://") || website.startsWith("https://") ? website : "https://" + website;
	}

}
