package io.guanxi.customer;

/** A new contact (a person) exists. */
public record ContactCreated(long contactId, long ownerId) {
}
