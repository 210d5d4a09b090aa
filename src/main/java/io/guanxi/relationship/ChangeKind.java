package io.guanxi.relationship;

/** What happened to a person at an account (人事变动). */
public enum ChangeKind {

	JOINED, PROMOTED, TRANSFERRED, TITLE_CHANGED, ROLE_CHANGED, LEFT;

	/** The kinds that end one position and open the next one at the same account. */
	public boolean movesWithin() {
		return this != JOINED && this != LEFT;
	}

}
