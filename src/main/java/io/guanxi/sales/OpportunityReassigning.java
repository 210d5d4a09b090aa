package io.guanxi.sales;

/**
 * Published in the changing transaction just before an opportunity gets another owner: a
 * feature that protects the owner's claim (deal registration) may refuse by throwing a
 * {@link io.guanxi.platform.BusinessRuleException} that says why.
 */
public record OpportunityReassigning(long opportunityId, long fromOwnerId, long toOwnerId) {
}
