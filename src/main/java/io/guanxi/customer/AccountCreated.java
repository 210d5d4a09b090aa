package io.guanxi.customer;

/** A new account exists. */
public record AccountCreated(long accountId, long ownerId) {
}
