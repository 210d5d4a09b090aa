package io.guanxi.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The action is not allowed for the user's role. */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class AccessDeniedProblem extends RuntimeException {

	public AccessDeniedProblem(String message) {
		super(message);
	}

}
