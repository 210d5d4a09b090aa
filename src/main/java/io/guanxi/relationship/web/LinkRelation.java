package io.guanxi.relationship.web;

import java.util.ArrayList;
import java.util.List;

import io.guanxi.relationship.CompanyLinkKind;
import io.guanxi.relationship.CompanyLinkView;
import org.jspecify.annotations.Nullable;

/**
 * A company link seen from one account's page: what the other company is to this one
 * ("Subsidiary", "Shareholder"…). {@code outgoing} when this account is the link's first
 * (from is the parent of to: the other is the subsidiary).
 */
public record LinkRelation(CompanyLinkKind kind, boolean outgoing) {

	/** Every relation a form offers; a symmetric kind once. */
	static List<LinkRelation> all() {
		List<LinkRelation> all = new ArrayList<>();
		for (CompanyLinkKind kind : CompanyLinkKind.values()) {
			all.add(new LinkRelation(kind, false));
			if (!kind.symmetric()) {
				all.add(new LinkRelation(kind, true));
			}
		}
		return all;
	}

	/** The relations with this direction, for editing a link whose accounts stay. */
	static List<LinkRelation> all(boolean outgoing) {
		return all().stream().filter(relation -> relation.outgoing == outgoing || relation.kind.symmetric()).toList();
	}

	static LinkRelation of(CompanyLinkView link, long accountId) {
		return new LinkRelation(link.kind(), !link.kind().symmetric() && link.fromAccountId() == accountId);
	}

	/** {@code IN_PARENT}, {@code OUT_SUPPLIER}: the form's value. */
	public String code() {
		return (outgoing ? "OUT_" : "IN_") + kind.name();
	}

	static @Nullable LinkRelation parse(@Nullable String code) {
		if (code == null || !(code.startsWith("IN_") || code.startsWith("OUT_"))) {
			return null;
		}
		boolean outgoing = code.startsWith("OUT_");
		try {
			CompanyLinkKind kind = CompanyLinkKind.valueOf(code.substring(outgoing ? 4 : 3));
			return new LinkRelation(kind, outgoing && !kind.symmetric());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** The message key naming what the other company is to this one. */
	public String messageKey() {
		return "relationship.link.role." + code();
	}

}
