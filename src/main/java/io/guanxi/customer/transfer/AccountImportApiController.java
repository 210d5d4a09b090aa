package io.guanxi.customer.transfer;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/accounts/imports")
@Tag(name = "Account import", description = "CSV and XLSX files of accounts, imported in the background")
class AccountImportApiController extends ImportApiController {

	AccountImportApiController(ImportService imports, MessageSource messages, AccountImportTarget target) {
		super(imports, messages, target);
	}

}
