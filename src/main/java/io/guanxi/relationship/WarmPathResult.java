package io.guanxi.relationship;

import java.util.List;

/**
 * The warm paths to a contact, best first.
 *
 * @param capped true when the search took only the strongest ties of a very well
 * connected person or company (or only the closest people of a crowded level), so that a
 * path through the ones left out may exist
 */
public record WarmPathResult(long contactId, String contactName, int maxHops, List<WarmPath> paths, boolean capped) {

}
