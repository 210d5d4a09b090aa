package io.guanxi.relationship.transfer;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.guanxi.customer.CustomerDirectory;
import io.guanxi.customer.CustomerKeys;

/**
 * The accounts and contacts that a file's cells name, looked up for the whole file at
 * once and only among the records the importer may read. A cell names an account by its
 * id or exact name, a contact by its id, e-mail address or mobile number; a number can be
 * an id, a company called "360" or a mobile number alike, so a cell names every record it
 * matches, and more than one is for the importer to settle.
 */
final class References {

	private static final Pattern ID = Pattern.compile("\\d{1,18}");

	private final CustomerKeys keys;

	private final CustomerDirectory directory;

	private final Map<String, Set<Long>> accounts = new HashMap<>();

	private final Map<String, Set<Long>> contacts = new HashMap<>();

	References(CustomerKeys keys, CustomerDirectory directory) {
		this.keys = keys;
		this.directory = directory;
	}

	void lookUpAccounts(Collection<String> cells) {
		List<String> named = distinct(cells);
		Set<Long> readable = directory.accountNames(ids(named)).keySet();
		Map<String, List<Long>> byName = keys.accountsByName(named);
		for (String cell : named) {
			Set<Long> found = withId(cell, readable);
			found.addAll(byName.get(cell));
			accounts.put(cell, found);
		}
	}

	void lookUpContacts(Collection<String> cells) {
		List<String> named = distinct(cells);
		Set<Long> readable = directory.contactNames(ids(named)).keySet();
		Map<String, List<Long>> byEmail = keys
			.contactsByEmail(named.stream().filter(cell -> cell.contains("@")).toList());
		Map<String, List<Long>> byMobile = keys
			.contactsByMobile(named.stream().filter(cell -> !cell.contains("@")).toList());
		for (String cell : named) {
			Set<Long> found = withId(cell, readable);
			found.addAll(byEmail.getOrDefault(cell, List.of()));
			found.addAll(byMobile.getOrDefault(cell, List.of()));
			contacts.put(cell, found);
		}
	}

	/** The readable accounts the cell names: none, one, or several. */
	Set<Long> accounts(String cell) {
		return accounts.getOrDefault(cell, Set.of());
	}

	/** The readable contacts the cell names: none, one, or several. */
	Set<Long> contacts(String cell) {
		return contacts.getOrDefault(cell, Set.of());
	}

	private static List<String> distinct(Collection<String> cells) {
		return cells.stream().filter(cell -> !cell.isEmpty()).distinct().toList();
	}

	private static List<Long> ids(List<String> cells) {
		return cells.stream().filter(cell -> ID.matcher(cell).matches()).map(Long::valueOf).toList();
	}

	private static Set<Long> withId(String cell, Set<Long> readable) {
		Set<Long> found = new LinkedHashSet<>();
		if (ID.matcher(cell).matches() && readable.contains(Long.valueOf(cell))) {
			found.add(Long.valueOf(cell));
		}
		return found;
	}

}
