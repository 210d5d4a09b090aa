package io.guanxi.sales.web;

import org.jspecify.annotations.Nullable;

/** An account to pick on the opportunity form, found by name. */
public record AccountChoice(long id, String name, @Nullable String city) {
}
