package io.guanxi.customer;

import org.jspecify.annotations.Nullable;

/**
 * A contact as the account's profile lists it: a person who works at the account.
 *
 * @param jobTitle the title at this account, else the contact's own title
 * @param primary whether the contact is the account's primary contact
 */
public record AccountContact(long contactId, String fullName, @Nullable String alternateName, @Nullable String jobTitle,
		@Nullable String mobile, @Nullable String email, boolean primary) {
}
