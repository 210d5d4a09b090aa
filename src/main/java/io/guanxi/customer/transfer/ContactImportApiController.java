package io.guanxi.customer.transfer;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/contacts/imports")
@Tag(name = "Contact import", description = "CSV and XLSX files of contacts, imported in the background; "
		+ "the column mapped to 'account' links each contact to the visible account of that exact name")
class ContactImportApiController extends ImportApiController {

	ContactImportApiController(ImportService imports, MessageSource messages, ContactImportTarget target) {
		super(imports, messages, target);
	}

}
