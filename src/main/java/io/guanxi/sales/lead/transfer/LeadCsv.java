package io.guanxi.sales.lead.transfer;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * An uploaded lead file read whole: its header matched to {@link LeadColumn}s, and its
 * rows. UTF-8 (with or without the byte order mark Excel writes) or, from Chinese Excel,
 * GB18030; separated by commas, semicolons or tabs, whichever the header uses.
 *
 * @param headers each column's header as the file writes it
 */
record LeadCsv(Map<LeadColumn, String> headers, List<Row> rows) {

	static final int MAX_BYTES = 5 * 1024 * 1024;

	static final int MAX_ROWS = 10_000;

	private static final Charset GB18030 = Charset.forName("GB18030");

	/** A row of cells by column; {@code line} as a spreadsheet numbers it. */
	record Row(int line, Map<LeadColumn, String> cells) {

		@Nullable String cell(LeadColumn column) {
			String value = cells.get(column);
			return value == null || value.isBlank() ? null : value.strip();
		}

	}

	/** The file, or empty with the reasons in {@code problems}. */
	static Optional<LeadCsv> read(byte[] content, ImportProblems problems) {
		if (content.length > MAX_BYTES) {
			problems.add(0, null, "sales.leadImport.error.tooLarge", MAX_BYTES / (1024 * 1024));
			return Optional.empty();
		}
		int bom = content.length >= 3 && content[0] == (byte) 0xEF && content[1] == (byte) 0xBB
				&& content[2] == (byte) 0xBF ? 3 : 0;
		Charset charset = bom > 0 || isUtf8(content) ? StandardCharsets.UTF_8 : GB18030;
		String text = new String(content, bom, content.length - bom, charset);
		try (CSVParser parser = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter(text))
			.setIgnoreEmptyLines(false)
			.setTrim(true)
			.get()
			.parse(new StringReader(text))) {
			return read(parser, problems);
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			problems.add(0, null, "sales.leadImport.error.notCsv", String.valueOf(ex.getMessage()));
			return Optional.empty();
		}
	}

	private static Optional<LeadCsv> read(CSVParser parser, ImportProblems problems) {
		var records = parser.iterator();
		if (!records.hasNext()) {
			problems.add(0, null, "sales.leadImport.error.empty");
			return Optional.empty();
		}
		List<String> header = records.next().toList();
		Map<Integer, LeadColumn> byIndex = new LinkedHashMap<>();
		Map<LeadColumn, String> headers = new EnumMap<>(LeadColumn.class);
		for (int index = 0; index < header.size(); index++) {
			String cell = header.get(index);
			if (cell.isEmpty()) {
				continue;
			}
			Optional<LeadColumn> column = LeadColumn.of(cell);
			if (column.isEmpty()) {
				problems.add(1, cell, "sales.leadImport.error.unknownColumn", cell);
			}
			else if (headers.containsKey(column.get())) {
				problems.add(1, cell, "sales.leadImport.error.repeatedColumn", cell);
			}
			else {
				byIndex.put(index, column.get());
				headers.put(column.get(), cell);
			}
		}
		List<Row> rows = new ArrayList<>();
		while (records.hasNext()) {
			CSVRecord record = records.next();
			if (record.stream().allMatch(String::isEmpty)) {
				continue;
			}
			if (rows.size() == MAX_ROWS) {
				problems.add(0, null, "sales.leadImport.error.tooManyRows", MAX_ROWS);
				return Optional.empty();
			}
			Map<LeadColumn, String> cells = new EnumMap<>(LeadColumn.class);
			byIndex.forEach((index, column) -> {
				if (index < record.size()) {
					cells.put(column, record.get(index));
				}
			});
			rows.add(new Row((int) record.getRecordNumber(), cells));
		}
		return problems.isEmpty() ? Optional.of(new LeadCsv(headers, rows)) : Optional.empty();
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
