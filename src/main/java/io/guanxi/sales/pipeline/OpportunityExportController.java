package io.guanxi.sales.pipeline;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import io.guanxi.customer.ListQuery;
import io.guanxi.sales.OpportunityFilter;
import io.guanxi.sales.OpportunityRow;
import io.guanxi.sales.Pipelines;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.SortDefault;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The opportunity table as a CSV file (UTF-8 with a BOM, so that Excel reads Chinese):
 * the filters and order of the table, at most its first {@link ListQuery#COUNT_LIMIT}
 * deals. Cells that a spreadsheet would run as formulas start with an apostrophe.
 */
@Controller
class OpportunityExportController {

	private static final String[] HEADERS = { "id", "name", "account", "owner", "stage", "status", "amount", "currency",
			"probability", "weighted", "forecastCategory", "closeDate", "productLine" };

	private final Pipelines pipelines;

	private final MessageSource messages;

	OpportunityExportController(Pipelines pipelines, MessageSource messages) {
		this.pipelines = pipelines;
		this.messages = messages;
	}

	@GetMapping("/opportunities/export.csv")
	void export(@ModelAttribute OpportunityFilter filter,
			@SortDefault(sort = "closeDate", direction = Sort.Direction.ASC) Sort sort, Locale locale,
			HttpServletResponse response) throws IOException {
		Pageable all = PageRequest.of(0, ListQuery.COUNT_LIMIT, sort);
		List<OpportunityRow> rows = pipelines.list(filter, all).getContent();
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"opportunities.csv\"");
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL);
		csv.printRecord((Object[]) HEADERS);
		for (OpportunityRow row : rows) {
			String stage = messages.getMessage("sales.stage." + row.stage().code(), null, row.stage().name(), locale);
			csv.printRecord(row.id(), cell(row.name()), cell(row.accountName()), cell(row.ownerName()), cell(stage),
					row.status(), row.amount(), row.currency(), row.probability(), row.weighted(),
					row.forecastCategory(), row.closeDate(), cell(row.productLine()));
		}
		csv.flush();
	}

	/** Text a spreadsheet would take for a formula gets an apostrophe in front. */
	static @Nullable String cell(@Nullable String text) {
		if (text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

}
