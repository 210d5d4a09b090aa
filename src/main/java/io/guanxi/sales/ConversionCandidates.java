package io.guanxi.sales;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The existing records a lead may already be, among those the caller may see: accounts
 * with the lead's company name (the same ignoring case first, then similar ones), and
 * contacts with its e-mail address or mobile number.
 */
public record ConversionCandidates(List<AccountCandidate> accounts, List<ContactCandidate> contacts) {

	public ConversionCandidates {
		accounts = List.copyOf(accounts);
		contacts = List.copyOf(contacts);
	}

	public boolean isEmpty() {
		return accounts.isEmpty() && contacts.isEmpty();
	}

	/**
	 * An account the lead's company may be.
	 *
	 * @param sameName the name is the lead's company name, ignoring case
	 */
	public record AccountCandidate(long id, String name, @Nullable String city, String ownerName, boolean sameName) {
	}

	/**
	 * A contact the lead's person may be.
	 *
	 * @param companies the accounts the contact works at, as one text
	 */
	public record ContactCandidate(long id, String fullName, @Nullable String email, @Nullable String mobile,
			@Nullable String jobTitle, String companies, String ownerName, Set<Match> matches) {

		public ContactCandidate {
			matches = Set.copyOf(matches);
		}

	}

	/** Why a contact is a candidate. */
	public enum Match {

		EMAIL, MOBILE

	}

}
