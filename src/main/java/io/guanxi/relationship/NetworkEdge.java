package io.guanxi.relationship;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A relation in a {@link Network}, directed as recorded: a company link from the first
 * account to the second, a position from the person to the company, a tie from the first
 * person to the second.
 *
 * @param id {@code link:5}, {@code position:9} or {@code tie:3}
 * @param kind a {@link CompanyLinkKind}, {@code POSITION}, or a {@link PersonTieKind}
 * @param title the position's title, for a position
 * @param strength 1 to 5, for a tie
 */
public record NetworkEdge(String id, String source, String target, Type type, String kind,
		@Nullable BigDecimal sharePercent, @Nullable String title, @Nullable BuyingRole buyingRole,
		@Nullable Integer strength, @Nullable LocalDate validFrom, @Nullable LocalDate validTo) {

	public enum Type {

		COMPANY_LINK, POSITION, PERSON_TIE

	}

}
