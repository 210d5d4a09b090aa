package io.guanxi.customer.contact;

import java.util.Locale;

import io.guanxi.customer.PhoneNumbers;
import io.guanxi.platform.AccessScope;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface ContactRepository extends JpaRepository<Contact, Long>, JpaSpecificationExecutor<Contact> {

	static Specification<Contact> visibleIn(AccessScope scope) {
		return scope.ownerFilter("ownerId");
	}

	/** The name, alternate name or e-mail contains the text. */
	static Specification<Contact> matches(String text) {
		if (text.isBlank()) {
			return (root, query, cb) -> cb.conjunction();
		}
		String pattern = pattern(text);
		return (root, query, cb) -> cb.or(cb.like(cb.lower(root.get("fullName")), pattern, '\\'),
				cb.like(cb.lower(root.get("alternateName")), pattern, '\\'), cb.like(root.get("email"), pattern, '\\'));
	}

	/**
	 * A phone number: the E.164 form of what was typed, or else its digits (at least
	 * five) anywhere in a stored number.
	 */
	static Specification<Contact> phoneMatches(@Nullable String e164, String typed) {
		String digits = PhoneNumbers.digits(typed);
		if (e164 != null) {
			return (root, query, cb) -> cb.or(cb.equal(root.get("mobileE164"), e164),
					cb.equal(root.get("phoneE164"), e164));
		}
		if (digits.length() < 5) {
			return (root, query, cb) -> cb.disjunction();
		}
		String pattern = "%" + digits + "%";
		return (root, query, cb) -> cb.or(cb.like(root.get("mobileE164"), pattern),
				cb.like(root.get("phoneE164"), pattern));
	}

	private static String pattern(String text) {
		return "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
				+ "%";
	}

}
