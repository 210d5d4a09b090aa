package io.guanxi.customer;

/**
 * Contact {@code mergedId} is being merged into {@code survivorId}: published in the
 * merge's transaction just before the merged contact is deleted, so that a module that
 * holds contact ids (with references that restrict deletion) repoints its rows to the
 * survivor with a plain {@code @EventListener}. After the commit the merged id is gone.
 */
public record ContactsMerged(long survivorId, long mergedId) {
}
