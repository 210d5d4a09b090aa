package io.guanxi.sales.api;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import io.guanxi.sales.DocumentKind;
import io.guanxi.sales.DocumentView;
import io.guanxi.sales.SalesDocuments;
import io.guanxi.sales.web.DocumentDownloads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Files on a deal. A file never changes (upload a new one instead), so deleting one needs
 * no If-Match.
 */
@RestController
@RequestMapping("/api/v1/opportunities/{id}/documents")
@Tag(name = "Opportunities")
class DocumentApiController {

	private final SalesDocuments documents;

	DocumentApiController(SalesDocuments documents) {
		this.documents = documents;
	}

	@GetMapping
	@Operation(summary = "The deal's files, newest first, without their content")
	List<DocumentView> list(@PathVariable long id) {
		return documents.of(id);
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload a file (multipart: file, kind); one of a kind meets a DOCUMENT control point",
			description = "kind is PROPOSAL, BID, CONTRACT or OTHER. A file over the size limit (10 MB unless "
					+ "configured) or an empty one is refused with 409. Idempotency-Key makes retries safe.")
	ResponseEntity<DocumentView> upload(@PathVariable long id, @RequestParam DocumentKind kind,
			@RequestParam MultipartFile file) throws IOException {
		DocumentView uploaded = documents.upload(id, kind, file.getOriginalFilename(), file.getContentType(),
				file.getBytes());
		return ResponseEntity.created(URI.create("/api/v1/opportunities/" + id + "/documents/" + uploaded.id()))
			.body(uploaded);
	}

	@GetMapping("/{documentId}")
	@Operation(summary = "Download a file, as an attachment with its name and content type")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long documentId) {
		return DocumentDownloads.of(documents.download(id, documentId));
	}

	@DeleteMapping("/{documentId}")
	@Operation(summary = "Delete a file")
	ResponseEntity<Void> delete(@PathVariable long id, @PathVariable long documentId) {
		documents.delete(id, documentId);
		return ResponseEntity.noContent().build();
	}

}
