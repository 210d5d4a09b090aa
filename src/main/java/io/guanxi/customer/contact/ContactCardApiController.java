package io.guanxi.customer.contact;

import java.io.IOException;

import io.guanxi.customer.ContactCards;
import io.guanxi.customer.ContactFilter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.SortDefault;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/contacts")
@Tag(name = "Contacts")
class ContactCardApiController {

	private final ContactCards cards;

	ContactCardApiController(ContactCards cards) {
		this.cards = cards;
	}

	@GetMapping(value = "/export.vcf", produces = "text/vcard")
	@Operation(summary = "The contacts the caller may see that match every given filter (the same as GET "
			+ "/api/v1/contacts), in the list's order, as vCards 3.0")
	void export(@ParameterObject @ModelAttribute ContactFilter filter, @SortDefault("fullName") Sort sort,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		ContactCardController.writeCards(cards, filter.withCustomFieldsFrom(request.getParameterMap()), sort, response);
	}

	@PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Create contacts from a .vcf file; valid cards are created, each refused card is listed "
			+ "with its position and reasons")
	ContactCards.ImportResult importCards(@RequestPart("file") MultipartFile file) throws IOException {
		return cards.importCards(file.getInputStream());
	}

}
