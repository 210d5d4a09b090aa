package io.guanxi.customer;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A contact as a list row, with the accounts the caller may see it belong to. */
public record ContactSummary(long id, String fullName, @Nullable String alternateName, @Nullable String jobTitle,
		List<ContactAccount> accounts, @Nullable String mobile, @Nullable String phone, @Nullable String email,
		@Nullable String wechat, @Nullable String city, @Nullable String preferredLanguage,
		@Nullable PreferredChannel preferredChannel, boolean doNotContact, long ownerId, String ownerName,
		Instant createdAt, Instant updatedAt) {

	/**
	 * The same row with the owner's name and the accounts, which list queries add for a
	 * whole page at once.
	 */
	public ContactSummary with(String ownerName, List<ContactAccount> accounts) {
		return new ContactSummary(id, fullName, alternateName, jobTitle, accounts, mobile, phone, email, wechat, city,
				preferredLanguage, preferredChannel, doNotContact, ownerId, ownerName, createdAt, updatedAt);
	}

}
