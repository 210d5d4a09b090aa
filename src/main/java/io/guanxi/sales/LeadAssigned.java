package io.guanxi.sales;

import org.jspecify.annotations.Nullable;

/**
 * A lead was given to {@code ownerId}: on capture (by the rules or by hand) or by a
 * change of owner. {@code byUserId} is empty for the public web form.
 */
public record LeadAssigned(long leadId, long ownerId, @Nullable Long byUserId) {
}
