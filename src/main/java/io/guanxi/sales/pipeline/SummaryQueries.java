package io.guanxi.sales.pipeline;

import java.math.RoundingMode;
import java.util.List;

import io.guanxi.sales.PipelineSummary.Cell;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL behind the per-rep pipeline: the deals' totals per owner and stage. */
@Component
public class SummaryQueries {

	private final JdbcClient jdbc;

	SummaryQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<OwnerStage> totals(DealSource deals) {
		return jdbc
			.sql("select v.owner_id, v.stage_id, count(*) as deals, sum(v.amount) as amount, "
					+ "sum(v.amount * v.probability) as weighted from "
					+ deals.from("o.owner_id, o.stage_id, o.amount, o.probability", "v")
					+ " group by v.owner_id, v.stage_id")
			.params(deals.parameters())
			.query((rs, row) -> new OwnerStage(rs.getLong(1), rs.getLong(2), new Cell(rs.getLong(3),
					BoardQueries.money(rs.getBigDecimal(4)),
					BoardQueries.money(rs.getBigDecimal(5)).movePointLeft(2).setScale(2, RoundingMode.HALF_UP))))
			.list();
	}

	/** An owner's deals in one stage. */
	public record OwnerStage(long ownerId, long stageId, Cell cell) {

	}

}
