package io.guanxi.sales.pipeline;

import java.time.LocalDate;

import io.guanxi.sales.PipelineBoard;
import io.guanxi.sales.PipelineBoard.Column;
import io.guanxi.sales.PipelineFilter;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links between the pipeline pages that keep the filter: to another page, and from a
 * board column to the table of all its deals.
 */
public record PipelineLinks(PipelineFilter filter) {

	/** The filter as a query string, without "?". */
	public String query() {
		String query = builder("").build().getQuery();
		return query == null ? "" : query;
	}

	/** The same filter for one owner's deals. */
	public PipelineLinks withOwner(long ownerId) {
		return new PipelineLinks(filter.withOwner(String.valueOf(ownerId)));
	}

	/** Another pipeline page with the same filter. */
	public String to(String path) {
		return builder(path).build().toUriString();
	}

	/** The table of every deal of the column: its stage, status, process and filter. */
	public String column(PipelineBoard board, Column column) {
		UriComponentsBuilder link = builder("/opportunities").replaceQueryParam("process", board.process().id())
			.queryParam("stage", column.stage().id())
			.queryParam("status", column.stage().won() ? "WON" : "OPEN");
		if (column.stage().won()) {
			link.replaceQueryParam("closeFrom", date(board.wonFrom()))
				.replaceQueryParam("closeTo", date(board.wonTo()));
		}
		return link.build().toUriString();
	}

	private UriComponentsBuilder builder(String path) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
		add(link, "process", filter.process());
		add(link, "owner", filter.owner());
		add(link, "team", filter.team());
		add(link, "closeFrom", date(filter.closeFrom()));
		add(link, "closeTo", date(filter.closeTo()));
		add(link, "productLine", filter.productLine());
		add(link, "currency", filter.currency());
		return link.encode();
	}

	private static void add(UriComponentsBuilder link, String name, @Nullable Object value) {
		if (value != null && !value.toString().isBlank()) {
			link.queryParam(name, value);
		}
	}

	private static @Nullable String date(@Nullable LocalDate date) {
		return date == null ? null : date.toString();
	}

}
