package io.guanxi.sales.lead.transfer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

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
 * The page that loads leads from a CSV file: upload, then either how many rows were
 * imported or every problem by line and column; a template to start from.
 */
@Controller
@RequestMapping("/leads/import")
class LeadImportController {

	/** Problems shown on the page; the count tells how many there were. */
	static final int PROBLEMS_SHOWN = 500;

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private final LeadImport imports;

	LeadImportController(LeadImport imports) {
		this.imports = imports;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("columns", LeadColumn.values());
		model.addAttribute("maxRows", LeadCsv.MAX_ROWS);
		model.addAttribute("maxMegabytes", LeadCsv.MAX_BYTES / (1024 * 1024));
		return "sales/leads/import";
	}

	@PostMapping
	String upload(@RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		LeadImportResult result = imports.run(file.getBytes());
		if (result.imported()) {
			redirect.addFlashAttribute("importedRows", result.rows());
			return "redirect:/leads/import";
		}
		model.addAttribute("fileName", file.getOriginalFilename());
		model.addAttribute("badRows", result.badRows());
		model.addAttribute("problemCount", result.problems().size());
		model.addAttribute("problems", result.problems().stream().limit(PROBLEMS_SHOWN).toList());
		return page(model);
	}

	/**
	 * A CSV file with every column's header, in UTF-8 with the byte order mark Excel
	 * needs.
	 */
	@GetMapping("/template")
	ResponseEntity<byte[]> template() {
		String header = String.join(",",
				Arrays.stream(LeadColumn.values()).filter(c -> c != LeadColumn.NAME).map(LeadColumn::header).toList())
				+ "\r\n";
		byte[] text = header.getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[UTF8_BOM.length + text.length];
		System.arraycopy(UTF8_BOM, 0, body, 0, UTF8_BOM.length);
		System.arraycopy(text, 0, body, UTF8_BOM.length, text.length);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("leads-template.csv").build().toString())
			.body(body);
	}

}
