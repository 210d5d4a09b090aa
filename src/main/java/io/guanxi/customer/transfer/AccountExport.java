package io.guanxi.customer.transfer;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import io.guanxi.customer.AccountDetails;
import io.guanxi.customer.AccountFilter;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.ProfileSection.Subject;
import io.guanxi.customer.transfer.ListExport.Column;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The accounts of a list view (all its filters, its order) as CSV or XLSX; see
 * {@link ListExport} for what is written. Choices are written as their labels, and the
 * owner also by user name, which import reads.
 */
@Component
class AccountExport {

	private final AccountService accounts;

	private final ListExport export;

	AccountExport(AccountService accounts, ListExport export) {
		this.accounts = accounts;
		this.export = export;
	}

	void write(FileFormat format, AccountFilter filter, Sort sort, Locale locale, OutputStream out) {
		export.write(new ListExport.Export<>(Subject.ACCOUNT, "customer.accounts.title", columns(locale),
				AccountDetails::id, batches -> accounts.forEachMatching(filter, sort, batches)), format, locale, out);
	}

	private List<Column<AccountDetails>> columns(Locale locale) {
		return List.of(column(locale, "customer.account.name", AccountDetails::name),
				column(locale, "customer.account.kind", a -> export.label(locale, "customer.kind.", a.kind())),
				column(locale, "customer.account.legalName", AccountDetails::legalName),
				column(locale, "customer.account.industry",
						a -> export.label(locale, "customer.industry.", a.industry())),
				column(locale, "customer.account.sizeBand", a -> export.label(locale, "customer.size.", a.sizeBand())),
				column(locale, "customer.account.country", AccountDetails::country),
				column(locale, "customer.account.region", AccountDetails::region),
				column(locale, "customer.account.city", AccountDetails::city),
				column(locale, "customer.account.address", AccountDetails::address),
				column(locale, "customer.account.postalCode", AccountDetails::postalCode),
				column(locale, "customer.account.website", AccountDetails::website),
				column(locale, "customer.account.phone", AccountDetails::phone),
				column(locale, "field.phoneE164", AccountDetails::phoneE164),
				column(locale, "customer.account.email", AccountDetails::email),
				column(locale, "customer.account.source", a -> export.label(locale, "customer.source.", a.source())),
				column(locale, "customer.account.tier", a -> a.tier() == null ? null : a.tier().name()),
				column(locale, "customer.account.lifecycleStage",
						a -> export.label(locale, "customer.lifecycle.", a.lifecycleStage())),
				column(locale, "customer.account.status", a -> export.label(locale, "customer.status.", a.status())),
				column(locale, "customer.account.notes", AccountDetails::notes),
				column(locale, "customer.account.owner", AccountDetails::ownerName),
				column(locale, "customer.transfer.field.ownerUsername", export.ownerUsername(AccountDetails::ownerId)),
				column(locale, "customer.account.createdAt", a -> ListExport.time(a.createdAt())),
				column(locale, "customer.account.updatedAt", a -> ListExport.time(a.updatedAt())));
	}

	private Column<AccountDetails> column(Locale locale, String headerKey,
			Function<AccountDetails, @Nullable String> value) {
		return export.column(locale, headerKey, value);
	}

}
