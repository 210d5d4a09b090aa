package io.guanxi.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.guanxi.bench.Measurement.Call;

/**
 * The sales rows, as the sales manager of {@value DataGenerator#SALES_TEAM_REPS} reps: the pipeline board (page
 * and API), the forecast by month and by quarter, and the opportunity page, each next to its baseline in
 * {@link RawSales}. An endpoint that this build does not have yet (404) is not measured, and its baseline is.
 */
final class SalesRows {

	static final String BOARD_PAGE = "/pipeline";

	static final String BOARD_API = "/api/v1/pipeline";

	static final String FORECAST_API = "/api/v1/forecast?period=";

	static final String OPPORTUNITY_PAGE = "/opportunities/";

	/** One row: {@code missing} says why the application's side cannot be measured, null when it can. */
	record Operation(String name, String what, String missing, Call guanxi, Call raw) {
	}

	private final List<Operation> operations = new ArrayList<>();

	SalesRows(int port, SalesFixture f, RawSales raw) throws Exception {
		GuanxiClient api = new GuanxiClient(port);
		GuanxiClient manager = new GuanxiClient(port).signIn(DataGenerator.salesManager(), DataGenerator.PASSWORD);
		String token = DataGenerator.tokenOf(DataGenerator.salesManager());
		String team = ("a sales manager of %d reps, whose team has %,d opportunities, %,d of them open (the manager "
				+ "is also on the deal team of %,d others)").formatted(f.scope().size() - 1, f.teamDeals(), f.teamOpen(),
						f.memberOnly());
		String board = ("the board of the default process over the deals the manager reads: per stage and currency "
				+ "the count, the amount and the amount weighted by probability of the open deals and of those won "
				+ "this quarter, and each column's first %d cards (open: closing soonest; won: latest first) with "
				+ "the account's and the owner's names, in one statement").formatted(RawSales.CARDS_PER_STAGE);
		operations.add(new Operation("Pipeline board, manager of 50 reps",
				"GET " + BOARD_PAGE + " (the board, HTML), signed in as " + team + ". Raw SQL: " + board,
				missing(manager.pageStatus(BOARD_PAGE), BOARD_PAGE), () -> manager.page(BOARD_PAGE), raw::board));
		operations.add(new Operation("Pipeline board API, manager of 50 reps",
				"GET " + BOARD_API + ", as " + team + ". Raw SQL: " + board,
				missing(api.status(token, BOARD_API), BOARD_API), () -> api.api(token, BOARD_API), raw::board));
		for (String period : List.of("month", "quarter")) {
			String path = FORECAST_API + period;
			operations.add(new Operation("Forecast by " + period + ", manager of 50 reps",
					("GET %s, as %s. Raw SQL: the won deals and the open ones in commit, best case and pipeline "
							+ "that the manager reads and that close in the %d months from the start of this quarter, "
							+ "counted and summed per month, status and category, in one statement")
						.formatted(path, team, RawSales.months(period)),
					missing(api.status(token, path), path), () -> api.api(token, path), () -> raw.forecast(period)));
		}
		String opportunity = OPPORTUNITY_PAGE + f.opportunities().get(0);
		operations.add(new Operation("Opportunity page",
				("GET %s{id} (HTML), signed in as the sales manager, on the team's %,d newest opportunities. Raw SQL: "
						+ "the deal (if the manager reads it) with its account, owner and stage, its buying contacts "
						+ "and deal team with their names, competitors and stage history, in one statement")
					.formatted(OPPORTUNITY_PAGE, f.opportunities().size()),
				missing(manager.pageStatus(opportunity), opportunity),
				() -> manager.page(OPPORTUNITY_PAGE + f.anyOpportunity()), () -> raw.opportunity(f.anyOpportunity())));
	}

	List<Operation> operations() {
		return operations;
	}

	/** The calls that can be measured, for the server's warm-up. */
	Map<String, Call> calls() {
		Map<String, Call> calls = new LinkedHashMap<>();
		for (Operation operation : operations) {
			if (operation.missing() == null) {
				calls.put(operation.name(), operation.guanxi());
			}
		}
		return calls;
	}

	/** Null when the endpoint answered 200; any other answer than 404 fails the run. */
	private static String missing(int status, String path) {
		if (status == 404) {
			return "GET " + path + " answered 404: this build has no such endpoint yet";
		}
		if (status != 200) {
			throw new IllegalStateException("GET " + path + " answered " + status);
		}
		return null;
	}

}
