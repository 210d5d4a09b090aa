package io.guanxi.customer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A contact with everything its profile page and the API show; {@code version} is the
 * ETag. {@code accounts} holds the accounts the caller may see the contact belong to.
 */
public record ContactDetails(long id, @Nullable String familyName, @Nullable String givenName, String fullName,
		@Nullable String alternateName, @Nullable String jobTitle, @Nullable String mobile, @Nullable String mobileE164,
		@Nullable String phone, @Nullable String phoneE164, @Nullable String email, @Nullable String wechat,
		@Nullable LocalDate birthday, @Nullable String preferredLanguage, @Nullable PreferredChannel preferredChannel,
		boolean doNotContact, @Nullable String city, @Nullable String notes, long ownerId, String ownerName,
		List<ContactAccount> accounts, Instant createdAt, Instant updatedAt, long version) {
}
