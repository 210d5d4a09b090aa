package io.guanxi.relationship.transfer;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An uploaded CSV file read whole: its header matched to the columns of one kind, and its
 * rows. UTF-8 (with or without the byte order mark Excel writes) or, from Chinese Excel,
 * GB18030; separated by commas, semicolons or tabs, whichever the header uses.
 *
 * @param headers each column's header as the file writes it, by column name
 */
record ImportFile(Map<String, String> headers, List<ImportRow> rows) {

	/** Well above 20,000 rows of names, titles and dates. */
	static final int MAX_BYTES = 5 * 1024 * 1024;

	static final int MAX_ROWS = 20_000;

	private static final Charset GB18030 = Charset.forName("GB18030");

	ImportFile {
		headers = Map.copyOf(headers);
		rows = List.copyOf(rows);
	}

	/**
	 * The file, or empty with the reasons in {@code problems} when it cannot be read as a
	 * file of this kind.
	 */
	static Optional<ImportFile> read(byte[] content, ImportKind kind, Problems problems) {
		if (content.length > MAX_BYTES) {
			problems.add(0, null, "relationship.import.error.tooLarge", MAX_BYTES / (1024 * 1024));
			return Optional.empty();
		}
		int bom = startsWithBom(content) ? 3 : 0;
		Charset charset = bom > 0 || isUtf8(content) ? StandardCharsets.UTF_8 : GB18030;
		String text = new String(content, bom, content.length - bom, charset);
		try (CSVParser parser = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter(text))
			.setIgnoreEmptyLines(false)
			.setTrim(true)
			.get()
			.parse(new StringReader(text))) {
			return read(parser, kind, problems);
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			problems.add(0, null, "relationship.import.error.notCsv", ex.getMessage());
			return Optional.empty();
		}
	}

	private static Optional<ImportFile> read(CSVParser parser, ImportKind kind, Problems problems) {
		var records = parser.iterator();
		if (!records.hasNext()) {
			problems.add(0, null, "relationship.import.error.empty");
			return Optional.empty();
		}
		List<String> header = records.next().toList();
		Map<Integer, ImportColumn> byIndex = header(header, kind, problems);
		List<ImportRow> rows = new ArrayList<>();
		while (records.hasNext()) {
			CSVRecord record = records.next();
			if (record.stream().allMatch(String::isEmpty)) {
				continue;
			}
			if (rows.size() == MAX_ROWS) {
				problems.add(0, null, "relationship.import.error.tooManyRows", MAX_ROWS);
				return Optional.empty();
			}
			Map<String, String> cells = new HashMap<>();
			byIndex.forEach((index, column) -> {
				if (index < record.size()) {
					cells.put(column.name(), record.get(index));
				}
			});
			rows.add(new ImportRow((int) record.getRecordNumber(), cells));
		}
		if (!problems.isEmpty()) {
			return Optional.empty();
		}
		Map<String, String> headers = new LinkedHashMap<>();
		byIndex.forEach((index, column) -> headers.put(column.name(), header.get(index)));
		return Optional.of(new ImportFile(headers, rows));
	}

	/**
	 * The column of each header cell; unknown, repeated and missing columns are problems
	 * of line 1.
	 */
	private static Map<Integer, ImportColumn> header(List<String> cells, ImportKind kind, Problems problems) {
		Map<Integer, ImportColumn> byIndex = new LinkedHashMap<>();
		for (int index = 0; index < cells.size(); index++) {
			String header = cells.get(index);
			if (header.isEmpty()) {
				continue;
			}
			Optional<ImportColumn> column = kind.columns().stream().filter(c -> c.matches(header)).findFirst();
			if (column.isEmpty()) {
				problems.add(1, header, "relationship.import.error.unknownColumn", header, names(kind));
			}
			else if (byIndex.containsValue(column.get())) {
				problems.add(1, header, "relationship.import.error.repeatedColumn", column.get().name());
			}
			else {
				byIndex.put(index, column.get());
			}
		}
		kind.columns()
			.stream()
			.filter(column -> column.required() && !byIndex.containsValue(column))
			.forEach(column -> problems.add(1, column.name(), "relationship.import.error.missingColumn"));
		return byIndex;
	}

	private static String names(ImportKind kind) {
		return String.join(", ", kind.columns().stream().map(ImportColumn::name).toList());
	}

	private static boolean startsWithBom(byte[] content) {
		return content.length >= 3 && content[0] == (byte) 0xEF && content[1] == (byte) 0xBB
				&& content[2] == (byte) 0xBF;
	}

	private static boolean isUtf8(byte[] content) {
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	/** The most frequent of comma, semicolon and tab on the header line. */
	private static char delimiter(String text) {
		int end = text.indexOf('\n');
		String header = end < 0 ? text : text.substring(0, end);
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
