package io.guanxi.sales.web;

import io.guanxi.relationship.BuyingRole;
import org.jspecify.annotations.Nullable;

/**
 * One of the customer's people, on the deal or to add to it, with the title and the
 * buying role the account's org chart gives them today.
 */
public record DealContact(long contactId, String name, @Nullable String title, @Nullable BuyingRole role,
		@Nullable BuyingRole orgRole) {
}
