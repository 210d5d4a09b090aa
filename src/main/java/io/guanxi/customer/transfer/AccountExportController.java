package io.guanxi.customer.transfer;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.SortDefault;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The accounts list page's export button: the list as it is filtered and sorted. */
@Controller
class AccountExportController {

	private final AccountExport export;

	AccountExportController(AccountExport export) {
		this.export = export;
	}

	@GetMapping("/accounts/export")
	void export(@RequestParam(defaultValue = "csv") String format, @RequestParam(required = false) @Nullable String q,
			@SortDefault("name") Sort sort, HttpServletResponse response) throws IOException {
		write(export, FileFormat.of(format), q, sort, response);
	}

	static void write(AccountExport export, FileFormat format, @Nullable String q, Sort sort,
			HttpServletResponse response) throws IOException {
		response.setContentType(format == FileFormat.CSV ? format.contentType + ";charset=UTF-8" : format.contentType);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, export.attachment(format).toString());
		export.write(format, q, sort, LocaleContextHolder.getLocale(), response.getOutputStream());
		response.flushBuffer();
	}

}
