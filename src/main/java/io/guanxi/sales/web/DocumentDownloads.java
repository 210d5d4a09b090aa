package io.guanxi.sales.web;

import java.nio.charset.StandardCharsets;

import io.guanxi.sales.DocumentFile;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A deal's file as a download, for the page and the API alike: always an attachment, so
 * that a browser never shows an uploaded HTML or SVG file as a page of Guanxi; the name
 * in UTF-8 for Chinese file names; kept out of shared caches.
 */
public final class DocumentDownloads {

	private DocumentDownloads() {
	}

	public static ResponseEntity<byte[]> of(DocumentFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(file.content());
	}

}
