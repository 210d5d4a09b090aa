package io.guanxi.customer.contact;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import io.guanxi.customer.PhoneNumbers;
import io.guanxi.platform.AccessScope;
import io.guanxi.platform.SearchProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contacts in the global search box, by name, e-mail or phone (the E.164 form of what was
 * typed, else its digits). Kept simple: the search feature replaces it.
 */
@Component
@Transactional(readOnly = true)
class ContactSearch implements SearchProvider {

	private final ContactRepository contacts;

	private final PhoneNumbers phones;

	ContactSearch(ContactRepository contacts, PhoneNumbers phones) {
		this.contacts = contacts;
		this.phones = phones;
	}

	@Override
	public List<SearchHit> search(String query, AccessScope scope, int limit) {
		if (query.isBlank()) {
			return List.of();
		}
		var spec = ContactRepository.visibleIn(scope)
			.and(ContactRepository.matches(query)
				.or(ContactRepository.phoneMatches(phones.e164(query).orElse(null), query)));
		return contacts.findAll(spec, PageRequest.of(0, limit, Sort.by("fullName")))
			.map(contact -> new SearchHit("customer.contact.type", contact.fullName(), detail(contact),
					"/contacts/" + contact.id()))
			.getContent();
	}

	private static String detail(Contact contact) {
		return String.join(" · ",
				Stream.of(contact.alternateName(), contact.jobTitle(), contact.mobile(), contact.email())
					.filter(Objects::nonNull)
					.toList());
	}

}
