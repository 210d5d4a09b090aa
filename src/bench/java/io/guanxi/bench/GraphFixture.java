package io.guanxi.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What the relationship rows pick from, all readable by the benchmark's manager: the big accounts the team owns
 * (org chart), the team's accounts with the most company links to accounts the manager reads (network view), and
 * the warm-path targets the generator made ({@link Acquaintances#WARM_PATH_TARGET}); and what the data set holds.
 */
record GraphFixture(List<Long> bigAccounts, long positionsOnPastDay, int levelsOnPastDay, List<Long> networkAccounts,
		List<Long> warmPathTargets, String summary) {

	static GraphFixture load(Connection connection, String scope, Scale scale) throws SQLException {
		List<Long> big = ids(connection, """
				select p.account_id from relationship_position p join customer_account a on a.id = p.account_id
				where a.owner_id in (%s) group by p.account_id having count(distinct p.contact_id) >= ?
				order by p.account_id""".formatted(scope), scale.bigAccountPeople() / 2);
		long held = big.isEmpty() ? 0 : ids(connection, """
				select count(*) from relationship_position where account_id = ? and valid_from <= ?
				and (valid_to is null or valid_to > ?)""", big.get(0), BigAccounts.PAST, BigAccounts.PAST).get(0);
		int levels = big.isEmpty() ? 0 : ids(connection, """
				with recursive chart (contact_id, manager_id) as (
				    select contact_id, reports_to_contact_id from relationship_position
				    where account_id = ? and valid_from <= ? and (valid_to is null or valid_to > ?)
				), levels (contact_id, level) as (
				    select contact_id, 1 from chart where manager_id is null
				  union all
				    select c.contact_id, l.level + 1 from chart c join levels l on c.manager_id = l.contact_id
				    where l.level < 40
				)
				select max(level) from levels""", big.get(0), BigAccounts.PAST, BigAccounts.PAST).get(0).intValue();
		List<Long> network = ids(connection, """
				select l.from_account_id from relationship_company_link l
				join customer_account a on a.id = l.from_account_id join customer_account b on b.id = l.to_account_id
				where a.owner_id in (%1$s) and b.owner_id in (%1$s)
				group by l.from_account_id order by count(*) desc, l.from_account_id limit 10""".formatted(scope));
		List<Long> targets = ids(connection, """
				select distinct t.to_contact_id from relationship_person_tie t join customer_contact c on c.id = t.to_contact_id
				where t.note = ? and c.owner_id in (%s) order by 1""".formatted(scope), Acquaintances.WARM_PATH_TARGET);
		return new GraphFixture(big, held, levels, network, targets, summary(connection));
	}

	long anyBigAccount() {
		return any(bigAccounts);
	}

	long anyNetworkAccount() {
		return any(networkAccounts);
	}

	long anyWarmPathTarget() {
		return any(warmPathTargets);
	}

	/** The relationship data in the database, with the people and companies the ties and links reach. */
	private static String summary(Connection connection) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("""
				select (select count(*) from relationship_department), (select count(*) from relationship_position),
				    (select count(*) from relationship_personnel_change), (select count(*) from relationship_company_link),
				    (select count(*) from relationship_person_tie), (select count(*) from relationship_user_tie),
				    (select count(*) from (select from_contact_id from relationship_person_tie
				        union select to_contact_id from relationship_person_tie) people),
				    (select count(*) from (select from_account_id from relationship_company_link
				        union select to_account_id from relationship_company_link) companies)
				""");
				ResultSet result = statement.executeQuery()) {
			result.next();
			long ties = result.getLong(4) + result.getLong(5) + result.getLong(6);
			return String.format(Locale.ROOT,
					"%,d departments, %,d positions and %,d personnel changes; %,d ties: %,d company links between "
							+ "%,d companies, %,d person ties between %,d people, %,d user ties",
					result.getLong(1), result.getLong(2), result.getLong(3), ties, result.getLong(4), result.getLong(8),
					result.getLong(5), result.getLong(7), result.getLong(6));
		}
	}

	private static List<Long> ids(Connection connection, String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			List<Long> ids = new ArrayList<>();
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					ids.add(result.getLong(1));
				}
			}
			return ids;
		}
	}

	private static long any(List<Long> values) {
		return values.get(ThreadLocalRandom.current().nextInt(values.size()));
	}

}
