package io.guanxi.relationship.transfer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page that loads an org chart and its relationships from a CSV file: pick the kind,
 * upload, see either how many rows were imported or every problem; a template per kind.
 */
@Controller
@RequestMapping("/relationships/import")
class RelationshipImportController {

	/** Problems shown on the page; the count tells how many there were. */
	static final int PROBLEMS_SHOWN = 500;

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private final RelationshipImports imports;

	RelationshipImportController(RelationshipImports imports) {
		this.imports = imports;
	}

	@GetMapping
	String page(@RequestParam(required = false) @Nullable String kind, Model model) {
		model.addAttribute("kind", chosen(kind));
		model.addAttribute("kinds", ImportKind.values());
		model.addAttribute("maxRows", ImportFile.MAX_ROWS);
		model.addAttribute("maxMegabytes", ImportFile.MAX_BYTES / (1024 * 1024));
		return "relationship/transfer/import";
	}

	@PostMapping
	String upload(@RequestParam(required = false) @Nullable String kind, @RequestParam("file") MultipartFile file,
			Model model, RedirectAttributes redirect) throws IOException {
		ImportKind chosen = chosen(kind);
		ImportResult result = imports.run(chosen, file.getBytes());
		if (result.imported()) {
			redirect.addFlashAttribute("importedRows", result.rows());
			redirect.addFlashAttribute("departmentsCreated", result.departmentsCreated());
			redirect.addAttribute("kind", chosen.slug());
			return "redirect:/relationships/import";
		}
		model.addAttribute("fileName", file.getOriginalFilename());
		model.addAttribute("badRows", result.badRows());
		model.addAttribute("problemCount", result.problems().size());
		model.addAttribute("problems", result.problems().stream().limit(PROBLEMS_SHOWN).toList());
		return page(chosen.slug(), model);
	}

	/**
	 * A CSV file with the kind's header, in UTF-8 with the byte order mark Excel needs.
	 */
	@GetMapping("/template")
	ResponseEntity<byte[]> template(@RequestParam(required = false) @Nullable String kind) {
		ImportKind chosen = chosen(kind);
		String header = String.join(",", chosen.columns().stream().map(ImportColumn::name).toList()) + "\r\n";
		byte[] text = header.getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[UTF8_BOM.length + text.length];
		System.arraycopy(UTF8_BOM, 0, body, 0, UTF8_BOM.length);
		System.arraycopy(text, 0, body, UTF8_BOM.length, text.length);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(chosen.slug() + "-template.csv").build().toString())
			.body(body);
	}

	private static ImportKind chosen(@Nullable String kind) {
		return kind == null ? ImportKind.POSITIONS : ImportKind.of(kind).orElse(ImportKind.POSITIONS);
	}

}
