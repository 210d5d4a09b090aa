package io.guanxi.customer.transfer;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads an exported CSV file the way Excel does: UTF-8 after a byte order mark. */
final class ExportedCsv {

	private ExportedCsv() {
	}

	static List<CSVRecord> rows(byte[] body) throws IOException {
		assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
		return CSVFormat.DEFAULT.parse(new StringReader(new String(body, 3, body.length - 3, StandardCharsets.UTF_8)))
			.getRecords();
	}

}
