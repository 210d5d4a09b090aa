package io.guanxi.sales.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.guanxi.platform.AccessScope;
import io.guanxi.platform.AccessService;
import io.guanxi.platform.UserDirectory;
import io.guanxi.platform.UserDirectory.TeamSummary;
import io.guanxi.sales.PipelineSummary.Cell;
import io.guanxi.sales.PipelineSummary.Row;
import io.guanxi.sales.StageView;
import io.guanxi.sales.pipeline.SummaryQueries.OwnerStage;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Lays the per-owner totals out as rows, the largest pipeline first, and adds them up per
 * team for those who see more than their own deals.
 */
@Component
public class SummaryRows {

	private final UserDirectory users;

	private final AccessService access;

	SummaryRows(UserDirectory users, AccessService access) {
		this.users = users;
		this.access = access;
	}

	/** One row per owner with deals. */
	public List<Row> owners(List<StageView> stages, List<OwnerStage> totals) {
		Set<Long> ownerIds = totals.stream().map(OwnerStage::ownerId).collect(Collectors.toSet());
		Map<Long, String> names = users.displayNames(ownerIds);
		Map<Long, List<OwnerStage>> byOwner = totals.stream().collect(Collectors.groupingBy(OwnerStage::ownerId));
		return byOwner.entrySet()
			.stream()
			.map(owner -> row(owner.getKey(), names.getOrDefault(owner.getKey(), ""), stages, owner.getValue()))
			.sorted(LARGEST_FIRST)
			.toList();
	}

	/**
	 * The owners' rows added up per team (of its active members); owners in no team form
	 * a row of their own without id or name. Empty for a caller who sees only their own
	 * deals.
	 */
	public List<Row> teams(List<Row> owners, int stageCount) {
		AccessScope scope = access.scope();
		if (!scope.unrestricted() && scope.ownerIds().size() <= 1) {
			return List.of();
		}
		Map<Long, Row> byOwner = owners.stream().collect(Collectors.toMap(Row::id, Function.identity()));
		Map<Long, List<Row>> byTeam = new LinkedHashMap<>();
		Map<Long, String> teamNames = new HashMap<>();
		Set<Long> placed = new HashSet<>();
		for (TeamSummary team : users.teams()) {
			for (UserDirectory.UserSummary member : users.teamMembers(team.id())) {
				Row row = byOwner.get(member.id());
				if (row != null) {
					byTeam.computeIfAbsent(team.id(), id -> new ArrayList<>()).add(row);
					teamNames.put(team.id(), team.name());
					placed.add(member.id());
				}
			}
		}
		List<Row> teams = new ArrayList<>();
		byTeam.forEach((id, rows) -> teams.add(sum(id, teamNames.get(id), stageCount, rows)));
		List<Row> unplaced = owners.stream().filter(row -> !placed.contains(row.id())).toList();
		if (!unplaced.isEmpty()) {
			teams.add(sum(null, "", stageCount, unplaced));
		}
		return teams.stream().sorted(LARGEST_FIRST).toList();
	}

	/** The rows added up. */
	public static Row sum(@Nullable Long id, String name, int stageCount, List<Row> rows) {
		List<Cell> cells = new ArrayList<>();
		for (int i = 0; i < stageCount; i++) {
			int stage = i;
			cells.add(rows.stream().map(row -> row.cells().get(stage)).reduce(Cell.EMPTY, Cell::plus));
		}
		return new Row(id, name, cells, rows.stream().map(Row::total).reduce(Cell.EMPTY, Cell::plus));
	}

	private static Row row(long ownerId, String name, List<StageView> stages, List<OwnerStage> totals) {
		List<Cell> cells = stages.stream()
			.map(stage -> totals.stream()
				.filter(total -> total.stageId() == stage.id())
				.map(OwnerStage::cell)
				.reduce(Cell.EMPTY, Cell::plus))
			.toList();
		return new Row(ownerId, name, cells, cells.stream().reduce(Cell.EMPTY, Cell::plus));
	}

	private static final Comparator<Row> LARGEST_FIRST = Comparator.comparing((Row row) -> row.total().amount())
		.reversed()
		.thenComparing(Row::name);

}
