package io.guanxi.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A record that does not exist, or that the user may not see: the two look the same from
 * outside so that ids of hidden records leak nothing.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RecordNotFoundException extends RuntimeException {

	public RecordNotFoundException(String recordType, long recordId) {
		super(recordType + " " + recordId + " not found");
	}

}
