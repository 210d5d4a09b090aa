package io.guanxi.customer;

/**
 * Account {@code mergedId} is being merged into {@code survivorId}: published in the
 * merge's transaction just before the merged account is deleted, so that a module that
 * holds account ids (with references that restrict deletion) repoints its rows to the
 * survivor with a plain {@code @EventListener}. After the commit the merged id is gone.
 */
public record AccountsMerged(long survivorId, long mergedId) {
}
