package io.guanxi.customer.transfer;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.guanxi.customer.ContactAccount;
import io.guanxi.customer.ContactDetails;
import io.guanxi.customer.ContactFilter;
import io.guanxi.customer.ContactService;
import io.guanxi.customer.ProfileSection.Subject;
import io.guanxi.customer.transfer.ListExport.Column;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The contacts of a list view (all its filters, its order) as CSV or XLSX; see
 * {@link ListExport} for what is written. The accounts a contact works at are joined by
 * "; ", the preferred language is its tag ({@code zh-CN}), and the owner is also written
 * by user name.
 */
@Component
class ContactExport {

	private final ContactService contacts;

	private final ListExport export;

	ContactExport(ContactService contacts, ListExport export) {
		this.contacts = contacts;
		this.export = export;
	}

	void write(FileFormat format, ContactFilter filter, Sort sort, Locale locale, OutputStream out) {
		export.write(
				new ListExport.Export<>(Subject.CONTACT, "customer.contact.list.title", columns(locale),
						ContactDetails::id, batches -> contacts.forEachMatching(filter, sort, batches)),
				format, locale, out);
	}

	private List<Column<ContactDetails>> columns(Locale locale) {
		return List.of(column(locale, "customer.contact.name", ContactDetails::fullName),
				column(locale, "customer.contact.familyName", ContactDetails::familyName),
				column(locale, "customer.contact.givenName", ContactDetails::givenName),
				column(locale, "customer.contact.alternateName", ContactDetails::alternateName),
				column(locale, "customer.contact.jobTitle", ContactDetails::jobTitle),
				column(locale, "customer.contact.accounts",
						c -> c.accounts().stream().map(ContactAccount::accountName).collect(Collectors.joining("; "))),
				column(locale, "customer.contact.mobile", ContactDetails::mobile),
				column(locale, "customer.contact.phone", ContactDetails::phone),
				column(locale, "customer.contact.email", ContactDetails::email),
				column(locale, "customer.contact.wechat", ContactDetails::wechat),
				column(locale, "customer.contact.birthday", c -> c.birthday() == null ? null : c.birthday().toString()),
				column(locale, "customer.contact.preferredLanguage", ContactDetails::preferredLanguage),
				column(locale, "customer.contact.preferredChannel",
						c -> export.label(locale, "customer.contact.channel.", c.preferredChannel())),
				column(locale, "customer.contact.doNotContact",
						c -> export.message(c.doNotContact() ? "customer.filter.yes" : "customer.filter.no", locale)),
				column(locale, "customer.contact.city", ContactDetails::city),
				column(locale, "customer.contact.notes", ContactDetails::notes),
				column(locale, "customer.contact.owner", ContactDetails::ownerName),
				column(locale, "customer.transfer.field.ownerUsername", export.ownerUsername(ContactDetails::ownerId)),
				column(locale, "customer.contact.createdAt", c -> ListExport.time(c.createdAt())),
				column(locale, "customer.contact.updatedAt", c -> ListExport.time(c.updatedAt())));
	}

	private Column<ContactDetails> column(Locale locale, String headerKey,
			Function<ContactDetails, @Nullable String> value) {
		return export.column(locale, headerKey, value);
	}

}
