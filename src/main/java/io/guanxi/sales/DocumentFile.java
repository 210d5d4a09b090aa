package io.guanxi.sales;

/** A file on a deal with its content, for a download. */
public record DocumentFile(long id, String fileName, String contentType, byte[] content) {

	public DocumentFile {
		content = content.clone();
	}

	@Override
	public byte[] content() {
		return content.clone();
	}

}
