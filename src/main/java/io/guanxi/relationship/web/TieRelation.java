package io.guanxi.relationship.web;

import java.util.ArrayList;
import java.util.List;

import io.guanxi.relationship.PersonTieKind;
import io.guanxi.relationship.PersonTieView;
import org.jspecify.annotations.Nullable;

/**
 * A person tie seen from one contact's page: what the other person is to this one
 * ("Mentor", "Former colleague"…). {@code outgoing} when this contact is the tie's first
 * (from is the mentor of to: the other is the mentee).
 */
public record TieRelation(PersonTieKind kind, boolean outgoing) {

	static boolean symmetric(PersonTieKind kind) {
		return kind != PersonTieKind.MENTOR && kind != PersonTieKind.REFERRED_BY;
	}

	static List<TieRelation> all() {
		List<TieRelation> all = new ArrayList<>();
		for (PersonTieKind kind : PersonTieKind.values()) {
			all.add(new TieRelation(kind, false));
			if (!symmetric(kind)) {
				all.add(new TieRelation(kind, true));
			}
		}
		return all;
	}

	static List<TieRelation> all(boolean outgoing) {
		return all().stream().filter(relation -> relation.outgoing == outgoing || symmetric(relation.kind)).toList();
	}

	static TieRelation of(PersonTieView tie, long contactId) {
		return new TieRelation(tie.kind(), !symmetric(tie.kind()) && tie.fromContactId() == contactId);
	}

	public String code() {
		return (outgoing ? "OUT_" : "IN_") + kind.name();
	}

	static @Nullable TieRelation parse(@Nullable String code) {
		if (code == null || !(code.startsWith("IN_") || code.startsWith("OUT_"))) {
			return null;
		}
		boolean outgoing = code.startsWith("OUT_");
		try {
			PersonTieKind kind = PersonTieKind.valueOf(code.substring(outgoing ? 4 : 3));
			return new TieRelation(kind, outgoing && !symmetric(kind));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	public String messageKey() {
		return "relationship.tie.role." + code();
	}

}
