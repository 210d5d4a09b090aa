package io.guanxi.relationship.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import io.guanxi.relationship.PersonTieView;
import io.guanxi.relationship.UserTieView;
import org.jspecify.annotations.Nullable;

/**
 * The "Relationships" section of a contact: the person's ties to other people, and who of
 * our users knows them, with the signed-in user's own tie to change.
 */
public record ContactRelationships(long contactId, boolean mayChange, List<Row> ties, List<UserTieView> whoKnows,
		@Nullable UserTieView mine) {

	static ContactRelationships of(long contactId, boolean mayChange, List<PersonTieView> ties,
			List<UserTieView> whoKnows, long userId, LocalDate today) {
		List<Row> rows = ties.stream()
			.map(tie -> Row.of(tie, contactId, today))
			.sorted(Comparator.comparing(Row::ended)
				.thenComparing(Comparator.comparingInt(Row::strength).reversed())
				.thenComparing(Row::otherName))
			.toList();
		UserTieView mine = whoKnows.stream().filter(tie -> tie.userId() == userId).findFirst().orElse(null);
		return new ContactRelationships(contactId, mayChange, rows, whoKnows, mine);
	}

	/** One tie: the other person and what they are to this one. */
	public record Row(long tieId, long version, TieRelation relation, long otherContactId, String otherName,
			int strength, @Nullable LocalDate validFrom, @Nullable LocalDate validTo, @Nullable String note,
			boolean ended) {

		static Row of(PersonTieView tie, long contactId, LocalDate today) {
			boolean outgoing = tie.fromContactId() == contactId;
			return new Row(tie.id(), tie.version(), TieRelation.of(tie, contactId),
					outgoing ? tie.toContactId() : tie.fromContactId(), outgoing ? tie.toName() : tie.fromName(),
					tie.strength(), tie.validFrom(), tie.validTo(), tie.note(),
					tie.validTo() != null && !tie.validTo().isAfter(today));
		}

	}

}
