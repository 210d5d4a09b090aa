package io.guanxi.sales.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.guanxi.sales.DocumentKind;
import io.guanxi.sales.SalesDocuments;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Files on a deal: upload with their kind, download, delete after a confirmation. */
@Controller
@RequestMapping("/opportunities/{id}/documents")
class DocumentController {

	private final SalesDocuments documents;

	private final OpportunityPage page;

	DocumentController(SalesDocuments documents, OpportunityPage page) {
		this.documents = documents;
		this.page = page;
	}

	@PostMapping
	String upload(@PathVariable long id, @RequestParam DocumentKind kind,
			@RequestParam(required = false) @Nullable MultipartFile file, HtmxRequest htmx, Model model,
			RedirectAttributes redirect) {
		return page.act(id, htmx, model, redirect, () -> {
			documents.upload(id, kind, file == null ? null : file.getOriginalFilename(),
					file == null ? null : file.getContentType(), bytes(file));
			return "sales.document.added";
		});
	}

	@GetMapping("/{documentId}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long documentId) {
		return DocumentDownloads.of(documents.download(id, documentId));
	}

	@PostMapping("/{documentId}/delete")
	String delete(@PathVariable long id, @PathVariable long documentId, HtmxRequest htmx, Model model,
			RedirectAttributes redirect) {
		return page.act(id, htmx, model, redirect, () -> {
			documents.delete(id, documentId);
			return "sales.document.deleted";
		});
	}

	private static byte[] bytes(@Nullable MultipartFile file) {
		try {
			return file == null ? new byte[0] : file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
