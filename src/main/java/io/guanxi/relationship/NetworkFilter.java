package io.guanxi.relationship;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which relations a {@link Network} follows: company links of some kinds, people's
 * positions ({@link #POSITION}: the key people of a company, the companies of a person),
 * person ties of some kinds.
 */
public record NetworkFilter(Set<CompanyLinkKind> companyKinds, boolean positions, Set<PersonTieKind> tieKinds) {

	/** The name of the position relation among the kinds. */
	public static final String POSITION = "POSITION";

	private static final String KNOWN = "the kinds of company links, POSITION, or the kinds of person ties";

	public NetworkFilter {
		companyKinds = companyKinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(companyKinds));
		tieKinds = tieKinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(tieKinds));
	}

	public static NetworkFilter everything() {
		return new NetworkFilter(EnumSet.allOf(CompanyLinkKind.class), true, EnumSet.allOf(PersonTieKind.class));
	}

	/**
	 * The relations named (company link kinds, {@code POSITION}, person tie kinds, any
	 * case); none named means all of them.
	 * @throws IllegalArgumentException for a name that is none of these
	 */
	public static NetworkFilter of(Collection<String> kinds) {
		if (kinds.stream().allMatch(String::isBlank)) {
			return everything();
		}
		Set<CompanyLinkKind> companies = EnumSet.noneOf(CompanyLinkKind.class);
		Set<PersonTieKind> ties = EnumSet.noneOf(PersonTieKind.class);
		boolean positions = false;
		for (String raw : kinds) {
			String kind = raw.strip().toUpperCase(Locale.ROOT);
			if (kind.isEmpty()) {
				continue;
			}
			if (kind.equals(POSITION)) {
				positions = true;
			}
			else if (isCompanyKind(kind)) {
				companies.add(CompanyLinkKind.valueOf(kind));
			}
			else if (isTieKind(kind)) {
				ties.add(PersonTieKind.valueOf(kind));
			}
			else {
				throw new IllegalArgumentException("Unknown relation kind '" + raw + "': use " + KNOWN);
			}
		}
		return new NetworkFilter(companies, positions, ties);
	}

	public boolean follows(String kind) {
		return kind.equals(POSITION) ? positions
				: isCompanyKind(kind) ? companyKinds.contains(CompanyLinkKind.valueOf(kind))
						: isTieKind(kind) && tieKinds.contains(PersonTieKind.valueOf(kind));
	}

	private static boolean isCompanyKind(String kind) {
		return EnumSet.allOf(CompanyLinkKind.class).stream().anyMatch(value -> value.name().equals(kind));
	}

	private static boolean isTieKind(String kind) {
		return EnumSet.allOf(PersonTieKind.class).stream().anyMatch(value -> value.name().equals(kind));
	}

}
