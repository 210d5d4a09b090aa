package io.guanxi.customer.transfer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.guanxi.platform.UserDirectory;
import org.jspecify.annotations.Nullable;

/**
 * The users the importer may give records to, by user name (any case) or, when unique, by
 * display name.
 */
final class Owners {

	private final Map<String, Long> byName = new LinkedHashMap<>();

	Owners(List<UserDirectory.UserSummary> assignable) {
		Map<String, Long> byDisplayName = new HashMap<>();
		Set<String> ambiguous = new HashSet<>();
		for (UserDirectory.UserSummary user : assignable) {
			String display = user.displayName().strip().toLowerCase(Locale.ROOT);
			if (byDisplayName.put(display, user.id()) != null) {
				ambiguous.add(display);
			}
		}
		ambiguous.forEach(byDisplayName::remove);
		byName.putAll(byDisplayName);
		assignable.forEach(user -> byName.put(user.username().toLowerCase(Locale.ROOT), user.id()));
	}

	@Nullable Long find(String text) {
		return byName.get(text.strip().toLowerCase(Locale.ROOT));
	}

}
