package io.guanxi.customer.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import io.guanxi.customer.CustomFieldDefinition;
import io.guanxi.customer.CustomFieldService;
import io.guanxi.customer.ProfileSection.Subject;
import io.guanxi.customer.TagService;
import io.guanxi.customer.TagView;
import io.guanxi.platform.UserDirectory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Component;

/**
 * Writes the records of a list view (accounts or contacts: same filter, same order) as
 * CSV or XLSX, a batch at a time as they are read, never all at once. Every column is
 * written whatever columns the list shows, since an export is for moving data: the
 * record's own fields (the ones import recognises, so a file can be edited and imported
 * again), then its tags and every active custom field. Headers are in the user's
 * language. CSV is UTF-8 with a byte order mark (so Excel reads Chinese correctly) and
 * neutralises cells that a spreadsheet would run as formulas; XLSX writes every cell as a
 * plain string, never a formula.
 */
@Component
class ListExport {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneOffset.UTC);

	private static final int FLUSH_ROWS = 1_000;

	private final TagService tags;

	private final CustomFieldService customFields;

	private final MessageSource messages;

	private final Clock clock;

	private final UserDirectory users;

	ListExport(TagService tags, CustomFieldService customFields, MessageSource messages, Clock clock,
			UserDirectory users) {
		this.users = users;
		this.tags = tags;
		this.customFields = customFields;
		this.messages = messages;
		this.clock = clock;
	}

	/** The file name offered for download, e.g. {@code accounts-2026-11-23.xlsx}. */
	ContentDisposition attachment(String name, FileFormat format) {
		String date = DateTimeFormatter.ISO_LOCAL_DATE.format(clock.instant().atZone(ZoneOffset.UTC));
		return ContentDisposition.attachment().filename(name + "-" + date + "." + format.extension).build();
	}

	/** Writes the records that the export's source hands over in batches. */
	<T> void write(Export<T> export, FileFormat format, Locale locale, OutputStream out) {
		List<Column<Exported<T>>> columns = new ArrayList<>();
		export.columns()
			.forEach(column -> columns.add(new Column<>(column.header(), row -> column.value().apply(row.record()))));
		columns.add(new Column<>(message("customer.tag.title", locale),
				row -> row.tags().stream().map(TagView::name).collect(Collectors.joining("; "))));
		for (CustomFieldDefinition field : customFields.activeDefinitions(export.subject())) {
			columns.add(new Column<>(field.label(locale), row -> row.fields().get(field.code())));
		}
		try {
			Sheet sheet = format == FileFormat.XLSX ? new XlsxSheet(out, message(export.sheetKey(), locale))
					: new CsvSheet(out);
			sheet.row(columns.stream().map(Column::header).toList());
			export.source().accept(batch -> writeBatch(export, batch, columns, sheet));
			sheet.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private <T> void writeBatch(Export<T> export, List<T> batch, List<Column<Exported<T>>> columns, Sheet sheet) {
		List<Long> ids = batch.stream().map(export.id()::applyAsLong).toList();
		Map<Long, List<TagView>> tagsOf = tags.tagsOf(export.subject(), ids);
		Map<Long, Map<String, String>> valuesOf = customFields.valuesOf(export.subject(), ids);
		try {
			for (int i = 0; i < batch.size(); i++) {
				Exported<T> row = new Exported<>(batch.get(i), tagsOf.getOrDefault(ids.get(i), List.of()),
						valuesOf.getOrDefault(ids.get(i), Map.of()));
				List<@Nullable String> cells = new ArrayList<>(columns.size());
				columns.forEach(column -> cells.add(column.value().apply(row)));
				sheet.row(cells);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A column whose header is the message of {@code headerKey}. */
	<T> Column<T> column(Locale locale, String headerKey, Function<T, @Nullable String> value) {
		return new Column<>(message(headerKey, locale), value);
	}

	/** An enum as its label, such as {@code customer.industry.RETAIL}. */
	@Nullable String label(Locale locale, String prefix, @Nullable Enum<?> value) {
		return value == null ? null : messages.getMessage(prefix + value.name(), null, value.name(), locale);
	}

	/**
	 * The owner's user name, which import reads; looked up once per owner and export.
	 */
	<T> Function<T, @Nullable String> ownerUsername(ToLongFunction<T> ownerId) {
		Map<Long, String> usernames = new HashMap<>();
		return record -> usernames.computeIfAbsent(ownerId.applyAsLong(record),
				id -> users.findById(id).map(UserDirectory.UserSummary::username).orElse(""));
	}

	static String time(Instant instant) {
		return TIME.format(instant.truncatedTo(ChronoUnit.SECONDS));
	}

	String message(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	/**
	 * What to export: the subject's records from {@code source}, which calls its consumer
	 * once per batch in list order.
	 */
	record Export<T>(Subject subject, String sheetKey, List<Column<T>> columns, ToLongFunction<T> id,
			Consumer<Consumer<List<T>>> source) {
	}

	record Column<T>(String header, Function<T, @Nullable String> value) {
	}

	private record Exported<T>(T record, List<TagView> tags, Map<String, String> fields) {
	}

	private interface Sheet {

		void row(List<@Nullable String> cells) throws IOException;

		void finish() throws IOException;

	}

	private static final class CsvSheet implements Sheet {

		private final CSVPrinter csv;

		CsvSheet(OutputStream out) throws IOException {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write('\uFEFF');
			this.csv = new CSVPrinter(writer, CSVFormat.EXCEL);
		}

		@Override
		public void row(List<@Nullable String> cells) throws IOException {
			for (String cell : cells) {
				csv.print(SpreadsheetText.neutralise(cell));
			}
			csv.println();
		}

		@Override
		public void finish() throws IOException {
			csv.flush();
		}

	}

	private static final class XlsxSheet implements Sheet {

		private final Workbook workbook;

		private final Worksheet sheet;

		private int row;

		XlsxSheet(OutputStream out, String name) {
			this.workbook = new Workbook(out, "Guanxi", "1.0");
			this.sheet = workbook.newWorksheet(name);
		}

		@Override
		public void row(List<@Nullable String> cells) throws IOException {
			for (int c = 0; c < cells.size(); c++) {
				String value = cells.get(c);
				if (value != null && !value.isEmpty()) {
					// an inline string is text to Excel whatever it starts with
					sheet.inlineString(row, c, value);
					if (row == 0) {
						sheet.style(row, c).bold().set();
					}
				}
			}
			if (++row % FLUSH_ROWS == 0) {
				sheet.flush();
			}
		}

		@Override
		public void finish() throws IOException {
			sheet.finish();
			workbook.finish();
		}

	}

}
