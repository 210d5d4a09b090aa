package io.guanxi.relationship.web;

import org.jspecify.annotations.Nullable;

/** A record to pick in a form: an account or a contact found by name. */
public record Candidate(long id, String name, @Nullable String detail) {
}
