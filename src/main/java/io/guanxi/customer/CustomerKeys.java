package io.guanxi.customer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.guanxi.platform.AccessScope;
import io.guanxi.platform.AccessService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts and contacts found by what people write in files instead of ids: an account's
 * exact name, a contact's e-mail address or mobile number. Only records the caller may
 * read are found, so a file learns nothing about the others.
 */
@Service
@Transactional(readOnly = true)
public class CustomerKeys {

	private static final int BATCH = 1_000;

	private final JdbcClient jdbc;

	private final AccessService access;

	private final PhoneNumbers phones;

	CustomerKeys(JdbcClient jdbc, AccessService access, PhoneNumbers phones) {
		this.jdbc = jdbc;
		this.access = access;
		this.phones = phones;
	}

	/**
	 * The readable accounts of each name, compared ignoring case and surrounding spaces;
	 * keyed by the name as given, with an empty list for a name no readable account has.
	 */
	public Map<String, List<Long>> accountsByName(Collection<String> names) {
		return find("select id, lower(name) from customer_account where lower(name)", names,
				name -> name.strip().toLowerCase(Locale.ROOT));
	}

	/**
	 * The readable contacts with each e-mail address (ignoring case); keyed by the
	 * address as given.
	 */
	public Map<String, List<Long>> contactsByEmail(Collection<String> emails) {
		return find("select id, email from customer_contact where email", emails,
				email -> email.strip().toLowerCase(Locale.ROOT));
	}

	/**
	 * The readable contacts with each mobile number, in whatever format it is written
	 * (read in the default region without a country code); keyed by the number as given.
	 */
	public Map<String, List<Long>> contactsByMobile(Collection<String> mobiles) {
		return find("select id, mobile_e164 from customer_contact where mobile_e164", mobiles,
				mobile -> phones.e164(mobile).orElse(""));
	}

	/**
	 * {@code select} (id and the compared value, ending in the compared expression) for
	 * each key in its normal form.
	 */
	private Map<String, List<Long>> find(String select, Collection<String> keys, Function<String, String> normal) {
		Map<String, Set<String>> givenByNormal = keys.stream()
			.collect(Collectors.groupingBy(normal, Collectors.toSet()));
		givenByNormal.remove("");
		Map<String, List<Long>> found = new HashMap<>();
		keys.forEach(key -> found.put(key, new ArrayList<>()));
		AccessScope scope = access.scope();
		List<String> normals = List.copyOf(givenByNormal.keySet());
		for (int from = 0; from < normals.size(); from += BATCH) {
			jdbc.sql(select + " in (:keys) and " + scope.ownerCondition("owner_id") + " order by id")
				.param("keys", normals.subList(from, Math.min(normals.size(), from + BATCH)))
				.params(scope.ownerParameters())
				.query((rs, n) -> {
					long id = rs.getLong(1);
					givenByNormal.getOrDefault(rs.getString(2), Set.of()).forEach(given -> found.get(given).add(id));
					return id;
				})
				.list();
		}
		return found;
	}

}
