package io.guanxi.platform;

import java.util.Optional;

/**
 * Answers "who is this and which records may they read or change". Module services call
 * it for every read and write, so that UI, API and other modules share one rule.
 */
public interface AccessService {

	/**
	 * The signed-in user; fails with {@link AccessDeniedProblem} when nobody is signed
	 * in.
	 */
	CurrentUser currentUser();

	Optional<CurrentUser> findCurrentUser();

	/** The owner filter for lists and searches of the signed-in user. */
	AccessScope scope();

	/**
	 * The owner filter of any user (for jobs and notifications that act on a user's
	 * behalf).
	 */
	AccessScope scopeOf(long userId);

	/**
	 * Throws {@link RecordNotFoundException} when the signed-in user may not read the
	 * record.
	 */
	void checkRead(String recordType, long recordId, long ownerId);

	/**
	 * Throws {@link RecordNotFoundException} when the signed-in user may not change the
	 * record.
	 */
	void checkChange(String recordType, long recordId, long ownerId);

}
