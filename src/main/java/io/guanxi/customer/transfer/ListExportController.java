package io.guanxi.customer.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Consumer;

import io.guanxi.customer.AccountFilter;
import io.guanxi.customer.ContactFilter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.SortDefault;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exports of a list view, for the Export menu of the list pages and for the API: the link
 * carries the list's query string, so the file holds the records the view shows (every
 * filter, in its order), with all columns.
 */
@RestController
class ListExportController {

	private static final String COLUMNS = " The file has every column, whatever columns the list shows: the record's "
			+ "fields, its tags and each active custom field. Headers follow Accept-Language; CSV cells that a "
			+ "spreadsheet would run as formulas start with an apostrophe, XLSX cells are plain text.";

	private final AccountExport accounts;

	private final ContactExport contacts;

	private final ListExport export;

	ListExportController(AccountExport accounts, ContactExport contacts, ListExport export) {
		this.accounts = accounts;
		this.contacts = contacts;
		this.export = export;
	}

	@GetMapping({ "/accounts/export", "/api/v1/accounts/export" })
	@Tag(name = "Accounts")
	@Operation(summary = "The accounts the caller may see that match every given filter (the same filters and sort "
			+ "as GET /api/v1/accounts), as CSV or XLSX (format=csv|xlsx)", description = COLUMNS)
	void accounts(@RequestParam(defaultValue = "csv") String format,
			@ParameterObject @ModelAttribute AccountFilter filter, @SortDefault("name") Sort sort,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		AccountFilter all = filter.withCustomFieldsFrom(request.getParameterMap());
		send("accounts", FileFormat.of(format), response,
				out -> accounts.write(FileFormat.of(format), all, sort, LocaleContextHolder.getLocale(), out));
	}

	@GetMapping({ "/contacts/export", "/api/v1/contacts/export" })
	@Tag(name = "Contacts")
	@Operation(summary = "The contacts the caller may see that match every given filter (the same filters and sort "
			+ "as GET /api/v1/contacts), as CSV or XLSX (format=csv|xlsx)", description = COLUMNS)
	void contacts(@RequestParam(defaultValue = "csv") String format,
			@ParameterObject @ModelAttribute ContactFilter filter, @SortDefault("fullName") Sort sort,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		ContactFilter all = filter.withCustomFieldsFrom(request.getParameterMap());
		send("contacts", FileFormat.of(format), response,
				out -> contacts.write(FileFormat.of(format), all, sort, LocaleContextHolder.getLocale(), out));
	}

	private void send(String name, FileFormat format, HttpServletResponse response, Consumer<OutputStream> body)
			throws IOException {
		response.setContentType(format == FileFormat.CSV ? format.contentType + ";charset=UTF-8" : format.contentType);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, export.attachment(name, format).toString());
		body.accept(response.getOutputStream());
		response.flushBuffer();
	}

}
