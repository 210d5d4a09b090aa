package io.guanxi.customer.transfer;

import java.util.Locale;

/** The kinds of files that import reads and export writes. */
enum FileFormat {

	CSV("text/csv", "csv"), XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

	final String contentType;

	final String extension;

	FileFormat(String contentType, String extension) {
		this.contentType = contentType;
		this.extension = extension;
	}

	/** The format of a request parameter such as {@code csv}, CSV when unknown. */
	static FileFormat of(String name) {
		return "xlsx".equals(name.toLowerCase(Locale.ROOT)) ? XLSX : CSV;
	}

}
