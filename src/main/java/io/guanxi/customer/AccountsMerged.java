package io.guanxi.customer;

/**
 * Account {@code mergedId} was merged into {@code survivorId} and deleted: modules that
 * hold account ids repoint their rows to the survivor.
 */
public record AccountsMerged(long survivorId, long mergedId) {
}
