package io.guanxi.customer;

/**
 * Contact {@code mergedId} was merged into {@code survivorId} and deleted: modules that
 * hold contact ids repoint their rows to the survivor.
 */
public record ContactsMerged(long survivorId, long mergedId) {
}
