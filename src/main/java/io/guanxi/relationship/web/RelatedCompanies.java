package io.guanxi.relationship.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import io.guanxi.relationship.CompanyLinkView;
import org.jspecify.annotations.Nullable;

/**
 * The "Related companies" section of an account: its links as the page shows them, and
 * whether the viewer may change them.
 */
public record RelatedCompanies(long accountId, boolean mayChange, List<Row> rows) {

	static RelatedCompanies of(long accountId, boolean mayChange, List<CompanyLinkView> links, LocalDate today) {
		List<Row> rows = links.stream()
			.map(link -> Row.of(link, accountId, today))
			.sorted(Comparator.comparing(Row::ended)
				.thenComparing(row -> row.relation().messageKey())
				.thenComparing(Row::otherName))
			.toList();
		return new RelatedCompanies(accountId, mayChange, rows);
	}

	/** One link: the other company and what it is to this one. */
	public record Row(long linkId, long version, LinkRelation relation, long otherAccountId, String otherName,
			@Nullable BigDecimal sharePercent, @Nullable LocalDate validFrom, @Nullable LocalDate validTo,
			@Nullable String note, boolean ended, boolean endable) {

		static Row of(CompanyLinkView link, long accountId, LocalDate today) {
			boolean outgoing = link.fromAccountId() == accountId;
			boolean ended = link.validTo() != null && !link.validTo().isAfter(today);
			boolean endable = !ended && (link.validFrom() == null || link.validFrom().isBefore(today));
			return new Row(link.id(), link.version(), LinkRelation.of(link, accountId),
					outgoing ? link.toAccountId() : link.fromAccountId(),
					outgoing ? link.toAccountName() : link.fromAccountName(), link.sharePercent(), link.validFrom(),
					link.validTo(), link.note(), ended, endable);
		}

	}

}
