package io.guanxi.relationship;

/**
 * A company or a person in a {@link Network}.
 *
 * @param id {@code account:42} or {@code contact:7}, the form {@code expand} takes
 * @param depth how many steps from the focus (0 for the focus)
 * @param expanded whether its neighbours were looked up; a node that was not can be
 * expanded
 * @param more further neighbours the caller may read that were left out by the cap (a
 * lower bound for hubs: see {@link NetworkView})
 */
public record NetworkNode(String id, Type type, long recordId, String name, int depth, boolean focus, boolean expanded,
		int more) {

	public boolean truncated() {
		return more > 0;
	}

	public enum Type {

		ACCOUNT, CONTACT;

		public String prefix() {
			return this == ACCOUNT ? "account" : "contact";
		}

	}

}
