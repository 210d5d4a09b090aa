package io.guanxi.customer.contact;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

import io.guanxi.customer.ContactCards;
import io.guanxi.platform.BusinessRuleException;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * vCard export of the contact list and import of a .vcf file, as pages. The import of CSV
 * and XLSX files is at {@code /contacts/import} and links here.
 */
@Controller
class ContactCardController {

	static final String VCARD = "text/vcard;charset=UTF-8";

	private final ContactCards cards;

	ContactCardController(ContactCards cards) {
		this.cards = cards;
	}

	@GetMapping("/contacts/export.vcf")
	void export(@RequestParam(required = false) @Nullable String q, HttpServletResponse response) throws IOException {
		writeCards(cards, q, response);
	}

	@GetMapping("/contacts/import/vcard")
	String importForm() {
		return "customer/contacts/import";
	}

	@PostMapping("/contacts/import/vcard")
	String importCards(@RequestParam("file") MultipartFile file, Model model) {
		if (file.isEmpty()) {
			model.addAttribute("error", "customer.vcard.error.empty");
			return "customer/contacts/import";
		}
		try {
			model.addAttribute("result", cards.importCards(file.getInputStream()));
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("error", ex.messageKey());
			model.addAttribute("errorArguments", ex.arguments());
		}
		catch (IOException | RuntimeException ex) {
			model.addAttribute("error", "customer.vcard.error.unreadable");
		}
		return "customer/contacts/import";
	}

	static void writeCards(ContactCards cards, @Nullable String q, HttpServletResponse response) throws IOException {
		response.setContentType(VCARD);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("contacts.vcf").build().toString());
		var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		cards.export(q, writer);
		writer.flush();
	}

}
