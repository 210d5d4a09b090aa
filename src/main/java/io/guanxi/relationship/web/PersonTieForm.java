package io.guanxi.relationship.web;

import java.time.LocalDate;

import io.guanxi.relationship.PersonTieView;
import io.guanxi.relationship.SavePersonTie;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The relationship form on a contact's page: what the other person is to this one
 * ({@link TieRelation#code()}), who, how close and since when.
 */
record PersonTieForm(@NotBlank(message = "{relationship.tie.form.relationRequired}") @Nullable String relation,
		@NotNull(message = "{relationship.tie.form.otherRequired}") @Nullable Long otherContactId,
		@NotNull @Min(1) @Max(5) @Nullable Integer strength,
		@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
		@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
		@Nullable @Size(max = 500) String note) {

	static PersonTieForm blank() {
		return new PersonTieForm(null, null, 3, null, null, null);
	}

	static PersonTieForm of(PersonTieView tie, long contactId) {
		return new PersonTieForm(TieRelation.of(tie, contactId).code(),
				tie.fromContactId() == contactId ? tie.toContactId() : tie.fromContactId(), tie.strength(),
				tie.validFrom(), tie.validTo(), tie.note());
	}

	@Nullable SavePersonTie toCommand(long contactId) {
		TieRelation parsed = TieRelation.parse(relation);
		if (parsed == null || otherContactId == null || strength == null) {
			return null;
		}
		long from = parsed.outgoing() ? contactId : otherContactId;
		long to = parsed.outgoing() ? otherContactId : contactId;
		return new SavePersonTie(from, to, parsed.kind(), strength, validFrom, validTo, note);
	}

}
