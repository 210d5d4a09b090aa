package io.guanxi.customer.transfer;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.jspecify.annotations.Nullable;

/**
 * Reads an uploaded CSV or XLSX file row by row (never the whole sheet at once). CSV
 * comes as UTF-8 (with or without the byte order mark Excel writes) or, from Chinese
 * Excel, as GBK/GB18030; the separator is a comma, semicolon or tab, whichever the header
 * uses.
 */
final class TabularFile {

	static final Charset GB18030 = Charset.forName("GB18030");

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final int SNIFF_BYTES = 64 * 1024;

	private TabularFile() {
	}

	/** XLSX when the content is a zip (an Office Open XML package), CSV otherwise. */
	static FileFormat format(byte[] content) {
		return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4
				? FileFormat.XLSX : FileFormat.CSV;
	}

	/** True for the old binary Excel format, which is not read. */
	static boolean isLegacyExcel(byte[] content) {
		return content.length >= 8 && ReadableWorkbook.isOLE2Header(java.util.Arrays.copyOf(content, 8));
	}

	/**
	 * UTF-8 when the file starts with its byte order mark or decodes as UTF-8 throughout
	 * its first 64 KB; GB18030 (a superset of GBK and GB2312) otherwise.
	 */
	static Charset detectCharset(byte[] content) {
		if (startsWithBom(content)) {
			return StandardCharsets.UTF_8;
		}
		int length = Math.min(content.length, SNIFF_BYTES);
		// a multi-byte character cut at the end of the sample is not an error
		while (length < content.length && length > 0 && (content[length] & 0xC0) == 0x80) {
			length--;
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content, 0, length));
			return StandardCharsets.UTF_8;
		}
		catch (CharacterCodingException ex) {
			return GB18030;
		}
	}

	/** The charsets a user may choose, by the name the pages and the API use. */
	static @Nullable Charset charset(@Nullable String name) {
		if (name == null || name.isBlank() || "AUTO".equalsIgnoreCase(name)) {
			return null;
		}
		return switch (name.toUpperCase(Locale.ROOT)) {
			case "UTF-8", "UTF8" -> StandardCharsets.UTF_8;
			case "GB18030", "GBK", "GB2312" -> GB18030;
			default -> throw new IllegalArgumentException("Unknown encoding " + name);
		};
	}

	static RowReader open(byte[] content, FileFormat format, Charset charset) throws IOException {
		return format == FileFormat.XLSX ? new XlsxReader(content) : new CsvReader(content, charset);
	}

	/** The rows of a file, blank rows left out. */
	interface RowReader extends Closeable {

		/** The next row with at least one non-blank cell, or null at the end. */
		@Nullable SourceRow next() throws IOException;

	}

	private static boolean startsWithBom(byte[] content) {
		return content.length >= 3 && content[0] == UTF8_BOM[0] && content[1] == UTF8_BOM[1]
				&& content[2] == UTF8_BOM[2];
	}

	private static final class CsvReader implements RowReader {

		private final CSVParser parser;

		private final Iterator<CSVRecord> records;

		CsvReader(byte[] content, Charset charset) throws IOException {
			int offset = charset.equals(StandardCharsets.UTF_8) && startsWithBom(content) ? UTF8_BOM.length : 0;
			Reader reader = new InputStreamReader(new ByteArrayInputStream(content, offset, content.length - offset),
					charset);
			char delimiter = delimiter(new String(content, offset, Math.min(content.length - offset, 4096), charset));
			this.parser = CSVFormat.DEFAULT.builder()
				.setDelimiter(delimiter)
				.setIgnoreEmptyLines(false)
				.setTrim(true)
				.get()
				.parse(reader);
			this.records = parser.iterator();
		}

		@Override
		public @Nullable SourceRow next() {
			while (records.hasNext()) {
				CSVRecord record = records.next();
				SourceRow row = new SourceRow((int) record.getRecordNumber(), record.toList());
				if (!row.blank()) {
					return row;
				}
			}
			return null;
		}

		@Override
		public void close() throws IOException {
			parser.close();
		}

		/** The most frequent of comma, semicolon and tab on the header line. */
		private static char delimiter(String start) {
			int end = start.indexOf('\n');
			String header = end < 0 ? start : start.substring(0, end);
			char best = ',';
			long bestCount = header.chars().filter(c -> c == ',').count();
			for (char candidate : new char[] { ';', '\t' }) {
				long count = header.chars().filter(c -> c == candidate).count();
				if (count > bestCount) {
					best = candidate;
					bestCount = count;
				}
			}
			return best;
		}

	}

	private static final class XlsxReader implements RowReader {

		private final ReadableWorkbook workbook;

		private final Stream<Row> stream;

		private final Iterator<Row> rows;

		/** Excel's built-in formats that show a date (in English and Chinese Excel). */
		private static final Set<Integer> DATE_FORMATS = Set.of(14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35,
				36, 50, 51, 52, 53, 54, 55, 56, 57, 58);

		XlsxReader(byte[] content) throws IOException {
			// with the cell formats, which tell a date from a number
			this.workbook = new ReadableWorkbook(new ByteArrayInputStream(content), new ReadingOptions(true, false));
			this.stream = workbook.getFirstSheet().openStream();
			this.rows = stream.iterator();
		}

		@Override
		public @Nullable SourceRow next() {
			while (rows.hasNext()) {
				Row row = rows.next();
				List<String> cells = new ArrayList<>(row.getCellCount());
				for (int i = 0; i < row.getCellCount(); i++) {
					cells.add(row.getOptionalCell(i).map(XlsxReader::text).orElse(""));
				}
				SourceRow source = new SourceRow(row.getRowNum(), cells);
				if (!source.blank()) {
					return source;
				}
			}
			return null;
		}

		/**
		 * A date as 2024-03-15 (with the time if it has one), anything else as stored.
		 */
		private static String text(Cell cell) {
			if (cell.getType() == CellType.NUMBER && isDate(cell)) {
				LocalDateTime date = cell.asDate();
				return date.toLocalTime().equals(LocalTime.MIDNIGHT) ? date.toLocalDate().toString() : date.toString();
			}
			String text = cell.getText();
			return text == null ? "" : text.strip();
		}

		private static boolean isDate(Cell cell) {
			Integer id = cell.getDataFormatId();
			if (id != null && DATE_FORMATS.contains(id)) {
				return true;
			}
			String format = cell.getDataFormatString();
			if (format == null) {
				return false;
			}
			// day or year codes outside quoted text and [colour] or [$-locale] brackets
			String codes = format.replaceAll("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.", "").toLowerCase(Locale.ROOT);
			return codes.contains("d") || codes.contains("y");
		}

		@Override
		public void close() throws IOException {
			stream.close();
			workbook.close();
		}

	}

}
