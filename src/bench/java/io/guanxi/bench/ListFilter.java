package io.guanxi.bench;

import java.util.List;

/**
 * One filter a user applies to the account list: the query string the API gets, and the
 * same condition in plain SQL for the raw baseline.
 */
record ListFilter(String query, String sql, List<Object> parameters) {

	/**
	 * What a sales manager filters by: a word of the name (Chinese or Latin), or profile
	 * fields together.
	 */
	static final List<ListFilter> ALL = List.of(nameContains("科技"), nameContains("软件"), nameContains("上海"),
			nameContains("深圳华"), nameContains("tech"), nameContains("pacific"),
			new ListFilter("industry=TECHNOLOGY&tier=A", "industry = ? and tier = ?", List.of("TECHNOLOGY", "A")),
			new ListFilter("stage=AT_RISK&tier=A&tier=B", "lifecycle_stage = ? and tier in (?, ?)",
					List.of("AT_RISK", "A", "B")),
			new ListFilter("industry=FINANCE&city=上海", "industry = ? and lower(city) like ?", List.of("FINANCE", "上海%")),
			new ListFilter("status=INACTIVE&industry=RETAIL", "status = ? and industry = ?",
					List.of("INACTIVE", "RETAIL")));

	private static ListFilter nameContains(String text) {
		return new ListFilter("q=" + GuanxiClient.encode(text), "lower(name) like ?", List.of("%" + text + "%"));
	}

}
