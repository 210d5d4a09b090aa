package io.guanxi.customer.contact;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

import io.guanxi.customer.ContactCards;
import io.guanxi.customer.ContactFilter;
import io.guanxi.platform.BusinessRuleException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.SortDefault;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
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

	/** The list view as vCards: the link carries the list's query string. */
	@GetMapping("/contacts/export.vcf")
	void export(@ModelAttribute ContactFilter filter, @SortDefault("fullName") Sort sort, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		writeCards(cards, filter.withCustomFieldsFrom(request.getParameterMap()), sort, response);
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

	static void writeCards(ContactCards cards, ContactFilter filter, Sort sort, HttpServletResponse response)
			throws IOException {
		response.setContentType(VCARD);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("contacts.vcf").build().toString());
		var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		cards.export(filter, sort, writer);
		writer.flush();
	}

}
