package io.guanxi.customer.transfer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.guanxi.platform.AccessScope;
import org.jspecify.annotations.Nullable;

/**
 * The accounts a user may see, by their exact name ignoring case (as duplicate detection
 * compares names), looked up through the name index a chunk of rows at a time and kept
 * for the rest of the job.
 */
final class AccountsByName {

	/** A visible account of the name, with the country its phone numbers are read in. */
	record Match(long id, @Nullable String country) {
	}

	private final Database database;

	private final AccessScope scope;

	private final Map<String, List<Match>> byName = new HashMap<>();

	AccountsByName(Database database, AccessScope scope) {
		this.database = database;
		this.scope = scope;
	}

	/** Looks up, in one query, the names not looked up yet. */
	void lookUp(Collection<String> names) {
		Set<String> missing = new HashSet<>();
		names.stream().map(AccountsByName::key).filter(name -> !byName.containsKey(name)).forEach(missing::add);
		missing.forEach(name -> byName.put(name, new ArrayList<>()));
		database.forEachIn("select id, owner_id, name, country from customer_account", database.accountNameKey(),
				missing, rs -> {
					List<Match> matches = byName.get(key(rs.getString("name")));
					if (matches != null && scope.permits(rs.getLong("owner_id"))) {
						matches.add(new Match(rs.getLong("id"), rs.getString("country")));
					}
				});
	}

	/** The visible accounts of the name: none, one, or several of the same name. */
	List<Match> find(String name) {
		lookUp(List.of(name));
		return byName.get(key(name));
	}

	private static String key(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

}
