package io.guanxi.platform;

/**
 * The client changed a record based on a version that is no longer current (HTTP 412).
 */
public class StaleVersionException extends RuntimeException {

	public StaleVersionException(String recordType, long recordId, long expected, long actual) {
		super("%s %d is at version %d, not %d: reload it and apply the change again".formatted(recordType, recordId,
				actual, expected));
	}

}
