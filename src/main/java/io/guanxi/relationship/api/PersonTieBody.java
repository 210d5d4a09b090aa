package io.guanxi.relationship.api;

import java.time.LocalDate;

import io.guanxi.relationship.PersonTieKind;
import io.guanxi.relationship.SavePersonTie;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A tie between two people as the API takes it: "from is the … of to". On create under a
 * contact, name the other person as {@code fromContactId} or {@code toContactId}; the
 * side left out is the contact itself. On update the two people stay.
 */
record PersonTieBody(@Nullable Long fromContactId, @Nullable Long toContactId, @NotNull PersonTieKind kind,
		@NotNull @Min(1) @Max(5) Integer strength, @Nullable LocalDate validFrom, @Nullable LocalDate validTo,
		@Nullable @Size(max = 500) String note) {

	SavePersonTie at(long contactId) {
		Long from = fromContactId == null && toContactId != null ? Long.valueOf(contactId) : fromContactId;
		Long to = toContactId == null && fromContactId != null ? Long.valueOf(contactId) : toContactId;
		if (from == null || to == null || (from != contactId && to != contactId)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"Name the other person as fromContactId or toContactId; the tie must involve contact " + contactId);
		}
		return between(from, to);
	}

	SavePersonTie between(long from, long to) {
		return new SavePersonTie(from, to, kind, strength, validFrom, validTo, note);
	}

}
