package io.guanxi.customer.transfer;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.SortDefault;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Accounts")
class AccountExportApiController {

	private final AccountExport export;

	AccountExportApiController(AccountExport export) {
		this.export = export;
	}

	@GetMapping("/api/v1/accounts/export")
	@Operation(summary = "The accounts the caller may see, filtered by q and sorted as the list, as CSV or XLSX "
			+ "(headers in the Accept-Language)")
	void export(@RequestParam(defaultValue = "csv") String format, @RequestParam(required = false) @Nullable String q,
			@SortDefault("name") Sort sort, HttpServletResponse response) throws IOException {
		AccountExportController.write(export, FileFormat.of(format), q, sort, response);
	}

}
