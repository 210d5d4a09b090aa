package io.guanxi.customer;

import org.jspecify.annotations.Nullable;

/**
 * An account a contact belongs to, with the contact's job title there.
 *
 * @param primary whether the contact is the account's primary contact
 */
public record ContactAccount(long accountId, String accountName, @Nullable String jobTitle, boolean primary) {
}
