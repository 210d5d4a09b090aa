package io.guanxi.relationship.internal;

import io.guanxi.relationship.BuyingRole;
import org.jspecify.annotations.Nullable;

/** What a position says about the person, apart from who, where and when. */
public record PositionTerms(String title, @Nullable Long departmentId, @Nullable Long reportsToContactId,
		@Nullable BuyingRole buyingRole) {
}
