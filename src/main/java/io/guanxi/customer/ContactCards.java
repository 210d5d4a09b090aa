package io.guanxi.customer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardWriter;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Address;
import ezvcard.property.Birthday;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import io.guanxi.platform.BusinessRuleException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contacts as vCards (RFC 2426, version 3.0, what phones and mail programs read), through
 * ez-vcard: export of the contacts a user may see, and import of a .vcf file where every
 * card is checked by the same rules as the contact form.
 */
@Service
public class ContactCards {

	/** Largest upload we read; a phone's whole address book is far below this. */
	public static final int MAX_CARDS = 5_000;

	private static final String WECHAT = "X-WECHAT";

	private final ContactService contacts;

	private final Validator validator;

	ContactCards(ContactService contacts, Validator validator) {
		this.contacts = contacts;
		this.validator = validator;
	}

	/**
	 * Writes every contact of the list view (filter and order), a batch at a time.
	 */
	@Transactional(readOnly = true)
	public void export(ContactFilter filter, Sort sort, Writer out) throws IOException {
		VCardWriter writer = new VCardWriter(out, VCardVersion.V3_0);
		contacts.forEachMatching(filter, sort, batch -> {
			try {
				for (ContactDetails contact : batch) {
					writer.write(card(contact));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		writer.flush();
	}

	/**
	 * Creates a contact from each valid card and reports each invalid one; valid cards
	 * are created even when others are not (a phone export often holds a few odd
	 * entries).
	 */
	@Transactional
	public ImportResult importCards(InputStream in) throws IOException {
		List<VCard> cards = Ezvcard.parse(in).all();
		if (cards.size() > MAX_CARDS) {
			throw new BusinessRuleException("customer.vcard.error.tooMany", MAX_CARDS);
		}
		List<CardError> errors = new ArrayList<>();
		int created = 0;
		for (int i = 0; i < cards.size(); i++) {
			SaveContact command = command(cards.get(i));
			Set<ConstraintViolation<SaveContact>> violations = validator.validate(command);
			if (violations.isEmpty()) {
				contacts.create(command);
				created++;
			}
			else {
				errors.add(new CardError(i + 1, displayName(cards.get(i)),
						violations.stream().map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted().toList()));
			}
		}
		return new ImportResult(created, errors);
	}

	static VCard card(ContactDetails contact) {
		VCard card = new VCard();
		StructuredName name = new StructuredName();
		name.setFamily(contact.familyName());
		name.setGiven(contact.givenName());
		card.setStructuredName(name);
		card.setFormattedName(contact.fullName());
		if (contact.alternateName() != null) {
			card.setNickname(contact.alternateName());
		}
		if (contact.jobTitle() != null) {
			card.addTitle(contact.jobTitle());
		}
		contact.accounts().stream().findFirst().ifPresent(account -> card.setOrganization(account.accountName()));
		if (contact.mobile() != null) {
			card.addTelephoneNumber(contact.mobileE164() != null ? contact.mobileE164() : contact.mobile(),
					TelephoneType.CELL);
		}
		if (contact.phone() != null) {
			card.addTelephoneNumber(contact.phoneE164() != null ? contact.phoneE164() : contact.phone(),
					TelephoneType.WORK);
		}
		if (contact.email() != null) {
			card.addEmail(contact.email(), EmailType.WORK);
		}
		if (contact.birthday() != null) {
			card.setBirthday(new Birthday(contact.birthday()));
		}
		if (contact.city() != null) {
			Address address = new Address();
			address.setLocality(contact.city());
			card.addAddress(address);
		}
		if (contact.wechat() != null) {
			card.addExtendedProperty(WECHAT, contact.wechat());
		}
		if (contact.notes() != null) {
			card.addNote(contact.notes());
		}
		return card;
	}

	static SaveContact command(VCard card) {
		StructuredName name = card.getStructuredName();
		String family = name == null ? null : name.getFamily();
		String given = name == null ? null : name.getGiven();
		if (blank(family) && blank(given) && card.getFormattedName() != null) {
			given = card.getFormattedName().getValue();
		}
		return new SaveContact(family, given, card.getNickname() == null ? null : first(card.getNickname().getValues()),
				card.getTitles().isEmpty() ? null : card.getTitles().get(0).getValue(), phone(card, true),
				phone(card, false), card.getEmails().isEmpty() ? null : card.getEmails().get(0).getValue(),
				card.getExtendedProperty(WECHAT) == null ? null : card.getExtendedProperty(WECHAT).getValue(),
				birthday(card), null, null, false,
				card.getAddresses().isEmpty() ? null : card.getAddresses().get(0).getLocality(),
				card.getNotes().isEmpty() ? null : card.getNotes().get(0).getValue(), null);
	}

	/** The mobile number (a CELL number) or the first other number. */
	private static @Nullable String phone(VCard card, boolean mobile) {
		return card.getTelephoneNumbers()
			.stream()
			.filter(tel -> tel.getTypes().contains(TelephoneType.CELL) == mobile)
			.map(Telephone::getText)
			.filter(text -> !blank(text))
			.findFirst()
			.orElse(null);
	}

	private static @Nullable LocalDate birthday(VCard card) {
		Birthday birthday = card.getBirthday();
		if (birthday == null || birthday.getDate() == null) {
			return null;
		}
		return birthday.getDate() instanceof LocalDate date ? date : LocalDate.from(birthday.getDate());
	}

	private static String displayName(VCard card) {
		return card.getFormattedName() == null ? "" : card.getFormattedName().getValue();
	}

	private static @Nullable String first(List<String> values) {
		return values.isEmpty() ? null : values.get(0);
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	/** How an import went: contacts created, and each card that was refused and why. */
	public record ImportResult(int created, List<CardError> errors) {
	}

	/** A refused card: its position in the file (from 1), its name, and the messages. */
	public record CardError(int card, String name, List<String> messages) {
	}

}
