package io.guanxi.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/**
 * What the sales rows pick from: the sales manager ({@link DataGenerator#salesManager()}), its scope (itself and
 * its reps), the newest opportunities it reads (for the opportunity page), and what the data set and the
 * manager's share of it hold.
 */
record SalesFixture(long manager, long process, List<Long> scope, List<Long> opportunities, long teamOpen, long teamDeals,
		long memberOnly, String summary) {

	static SalesFixture load(Connection connection) throws SQLException {
		long manager = longs(connection, "select id from platform_user where username = ?", DataGenerator.salesManager())
			.get(0);
		List<Long> scope = new ArrayList<>(longs(connection, "select id from platform_user where manager_id = ?", manager));
		scope.add(manager);
		String in = scope.stream().map(String::valueOf).collect(Collectors.joining(","));
		List<Long> opportunities = longs(connection,
				"select id from sales_opportunity where owner_id in (" + in + ") order by id desc limit 5000");
		long teamOpen = longs(connection,
				"select count(*) from sales_opportunity where owner_id in (" + in + ") and status = 'OPEN'")
			.get(0);
		long teamDeals = longs(connection, "select count(*) from sales_opportunity where owner_id in (" + in + ")").get(0);
		long memberOnly = longs(connection, "select count(*) from sales_opportunity_member m join sales_opportunity o "
				+ "on o.id = m.opportunity_id where m.user_id = ? and o.owner_id not in (" + in + ")", manager)
			.get(0);
		long process = longs(connection, "select id from sales_process where is_default").get(0);
		return new SalesFixture(manager, process, List.copyOf(scope), opportunities, teamOpen, teamDeals, memberOnly,
				summary(connection));
	}

	/** Whether the database holds the scale's sales data and the sales manager's team. */
	static boolean hasScale(BenchDatabase database, Scale scale) {
		try (Connection connection = database.connect()) {
			long deals = longs(connection, "select count(*) from sales_opportunity").get(0);
			long reps = longs(connection, "select count(*) from platform_user r join platform_user m on m.id = r.manager_id "
					+ "where m.username = ?", DataGenerator.salesManager())
				.get(0);
			return deals == scale.opportunities() && reps == DataGenerator.SALES_TEAM_REPS;
		}
		catch (SQLException ex) {
			return false;
		}
	}

	long anyOpportunity() {
		return opportunities.get(ThreadLocalRandom.current().nextInt(opportunities.size()));
	}

	/** The sales data in the database. */
	private static String summary(Connection connection) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("""
				select count(*), count(*) filter (where status = 'OPEN'), count(*) filter (where status = 'WON'),
				    (select count(*) from sales_stage_change), (select count(*) from sales_opportunity_contact),
				    (select count(*) from sales_opportunity_member), (select count(*) from sales_competitor)
				from sales_opportunity
				""");
				ResultSet result = statement.executeQuery()) {
			result.next();
			return String.format(Locale.ROOT,
					"%,d opportunities (%,d open, %,d won, %,d lost) with %,d stage changes, %,d buying contacts, "
							+ "%,d deal team members and %,d competitors",
					result.getLong(1), result.getLong(2), result.getLong(3),
					result.getLong(1) - result.getLong(2) - result.getLong(3), result.getLong(4), result.getLong(5),
					result.getLong(6), result.getLong(7));
		}
	}

	private static List<Long> longs(Connection connection, String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			List<Long> values = new ArrayList<>();
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					values.add(result.getLong(1));
				}
			}
			return values;
		}
	}

}
