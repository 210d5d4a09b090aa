package io.guanxi.sales;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The open pipeline of one process and currency per owner (and per team, for those who
 * see more than their own deals): per open stage and in total, how many deals, their
 * amount and their weighted amount (each amount times its probability).
 *
 * @param stages the process's open stages, in order: the cells of every row follow them
 * @param teams per team of the owners (their active members); empty for a rep
 * @param total every row's deals together
 */
public record PipelineSummary(ProcessView process, String currency, List<StageView> stages, List<Row> owners,
		List<Row> teams, Row total) {

	/**
	 * An owner's or a team's deals.
	 *
	 * @param id the user's or team's id; empty for the total and for owners without a
	 * team
	 */
	public record Row(@Nullable Long id, String name, List<Cell> cells, Cell total) {

	}

	/** The deals of one stage (or of all) of a row. */
	public record Cell(long count, BigDecimal amount, BigDecimal weighted) {

		public static final Cell EMPTY = new Cell(0, BigDecimal.ZERO, BigDecimal.ZERO);

		public Cell plus(Cell other) {
			return new Cell(count + other.count, amount.add(other.amount), weighted.add(other.weighted));
		}

	}

}
