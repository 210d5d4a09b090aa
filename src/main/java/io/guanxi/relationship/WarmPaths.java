package io.guanxi.relationship;

import java.util.List;

import io.guanxi.customer.CustomerDirectory;
import io.guanxi.platform.AccessScope;
import io.guanxi.platform.AccessService;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.relationship.paths.WarmPathFinder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "How do we reach this person?" (暖路径, warm introductions): the best paths from any of
 * our users to a contact, through the people they know, those people's ties and
 * colleagues, the companies they work at and those companies' links, ranked by the
 * strength and recency of each step: a tie of strength 5 costs 1 and one of strength 1
 * costs 5, a meeting within 90 days adds nothing, within a year half a point, an older
 * one a point; colleagues cost 4.5, a person's company 2.5, a company link 3.5.
 * <p>
 * The graph is walked from both ends and the walk is capped, so that a person with 20,000
 * ties costs as much as one with 50 (see {@code paths.WarmPathWalk}); the result says
 * when a cap cut something off. A path never shows, nor goes through, a contact or
 * account the caller may not read; our users are colleagues and may all appear.
 */
@Service
@Transactional(readOnly = true)
public class WarmPaths {

	public static final int MIN_HOPS = 2;

	public static final int MAX_HOPS = 4;

	public static final int DEFAULT_LIMIT = 5;

	public static final int MAX_LIMIT = 10;

	private final CustomerDirectory directory;

	private final WarmPathFinder finder;

	private final AccessService access;

	WarmPaths(CustomerDirectory directory, WarmPathFinder finder, AccessService access) {
		this.directory = directory;
		this.finder = finder;
		this.access = access;
	}

	/**
	 * At most {@code limit} paths of at most {@code maxHops} steps, cheapest first;
	 * throws {@link RecordNotFoundException} when the caller may not read the contact.
	 */
	public WarmPathResult find(long contactId, int maxHops, int limit) {
		if (maxHops < MIN_HOPS || maxHops > MAX_HOPS || limit < 1 || limit > MAX_LIMIT) {
			throw new IllegalArgumentException("maxHops must be 2 to 4 and limit 1 to 10");
		}
		AccessScope scope = access.scope();
		String name = directory.contactNames(List.of(contactId), scope).get(contactId);
		if (name == null) {
			throw new RecordNotFoundException("contact", contactId);
		}
		return finder.find(contactId, name, scope, maxHops, limit);
	}

}
