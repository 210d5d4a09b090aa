package io.guanxi.customer.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import io.guanxi.customer.AccountDetails;
import io.guanxi.customer.AccountService;
import io.guanxi.platform.UserDirectory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Component;

/**
 * Writes the accounts a list view shows (same filter, same order) as CSV or XLSX, row by
 * row as they are read. Headers are in the user's language and choices as their labels;
 * the columns are the ones import recognises, so an export can be edited and imported
 * again. CSV is UTF-8 with a byte order mark (so Excel reads Chinese correctly) and
 * neutralises cells that a spreadsheet would run as formulas; XLSX writes every cell as a
 * plain string, never a formula.
 */
@Component
class AccountExport {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneOffset.UTC);

	private static final int FLUSH_ROWS = 1_000;

	private final AccountService accounts;

	private final UserDirectory users;

	private final MessageSource messages;

	private final Clock clock;

	AccountExport(AccountService accounts, UserDirectory users, MessageSource messages, Clock clock) {
		this.accounts = accounts;
		this.users = users;
		this.messages = messages;
		this.clock = clock;
	}

	/** The file name offered for download, e.g. {@code accounts-2026-11-23.xlsx}. */
	ContentDisposition attachment(FileFormat format) {
		String date = DateTimeFormatter.ISO_LOCAL_DATE.format(clock.instant().atZone(ZoneOffset.UTC));
		return ContentDisposition.attachment().filename("accounts-" + date + "." + format.extension).build();
	}

	void write(FileFormat format, @Nullable String query, Sort sort, Locale locale, OutputStream out) {
		List<Column> columns = columns(locale);
		try {
			if (format == FileFormat.XLSX) {
				writeXlsx(columns, query, sort, locale, out);
			}
			else {
				writeCsv(columns, query, sort, out);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void writeCsv(List<Column> columns, @Nullable String query, Sort sort, OutputStream out)
			throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL);
		csv.printRecord(columns.stream().map(Column::header).toList());
		accounts.forEachVisible(query, sort, account -> {
			try {
				for (Column column : columns) {
					csv.print(SpreadsheetText.neutralise(column.value().apply(account)));
				}
				csv.println();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		csv.flush();
	}

	private void writeXlsx(List<Column> columns, @Nullable String query, Sort sort, Locale locale, OutputStream out)
			throws IOException {
		Workbook workbook = new Workbook(out, "Guanxi", "1.0");
		Worksheet sheet = workbook.newWorksheet(messages.getMessage("customer.accounts.title", null, locale));
		for (int c = 0; c < columns.size(); c++) {
			sheet.inlineString(0, c, columns.get(c).header());
			sheet.style(0, c).bold().set();
		}
		int[] row = { 1 };
		accounts.forEachVisible(query, sort, account -> {
			for (int c = 0; c < columns.size(); c++) {
				String value = columns.get(c).value().apply(account);
				if (value != null && !value.isEmpty()) {
					// an inline string is text to Excel whatever it starts with
					sheet.inlineString(row[0], c, value);
				}
			}
			if (++row[0] % FLUSH_ROWS == 0) {
				try {
					sheet.flush();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		});
		sheet.finish();
		workbook.finish();
	}

	private List<Column> columns(Locale locale) {
		Map<Long, String> usernames = new HashMap<>();
		Function<AccountDetails, @Nullable String> username = account -> usernames.computeIfAbsent(account.ownerId(),
				id -> users.findById(id).map(UserDirectory.UserSummary::username).orElse(""));
		return List.of(column(locale, "customer.account.name", AccountDetails::name),
				column(locale, "customer.account.kind", a -> label(locale, "customer.kind.", a.kind())),
				column(locale, "customer.account.legalName", AccountDetails::legalName),
				column(locale, "customer.account.industry", a -> label(locale, "customer.industry.", a.industry())),
				column(locale, "customer.account.sizeBand", a -> label(locale, "customer.size.", a.sizeBand())),
				column(locale, "customer.account.country", AccountDetails::country),
				column(locale, "customer.account.region", AccountDetails::region),
				column(locale, "customer.account.city", AccountDetails::city),
				column(locale, "customer.account.address", AccountDetails::address),
				column(locale, "customer.account.postalCode", AccountDetails::postalCode),
				column(locale, "customer.account.website", AccountDetails::website),
				column(locale, "customer.account.phone", AccountDetails::phone),
				column(locale, "field.phoneE164", AccountDetails::phoneE164),
				column(locale, "customer.account.email", AccountDetails::email),
				column(locale, "customer.account.source", a -> label(locale, "customer.source.", a.source())),
				column(locale, "customer.account.tier", a -> a.tier() == null ? null : a.tier().name()),
				column(locale, "customer.account.lifecycleStage",
						a -> label(locale, "customer.lifecycle.", a.lifecycleStage())),
				column(locale, "customer.account.status", a -> label(locale, "customer.status.", a.status())),
				column(locale, "customer.account.notes", AccountDetails::notes),
				column(locale, "customer.account.owner", AccountDetails::ownerName),
				column(locale, "customer.transfer.field.ownerUsername", username),
				column(locale, "customer.account.createdAt",
						a -> TIME.format(a.createdAt().truncatedTo(ChronoUnit.SECONDS))),
				column(locale, "customer.account.updatedAt",
						a -> TIME.format(a.updatedAt().truncatedTo(ChronoUnit.SECONDS))));
	}

	private Column column(Locale locale, String headerKey, Function<AccountDetails, @Nullable String> value) {
		return new Column(messages.getMessage(headerKey, null, locale), value);
	}

	private @Nullable String label(Locale locale, String prefix, @Nullable Enum<?> value) {
		return value == null ? null : messages.getMessage(prefix + value.name(), null, value.name(), locale);
	}

	private record Column(String header, Function<AccountDetails, @Nullable String> value) {
	}

}
