package io.guanxi.sales.pipeline;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A parameter of the pipeline pages and API that names nothing (an owner that is neither
 * {@code me} nor a number, a period that is neither month nor quarter) is a bad request
 * with the error page; the API answers problem details itself.
 */
@ControllerAdvice(basePackageClasses = BadRequests.class)
class BadRequests {

	@ExceptionHandler
	void on(IllegalArgumentException ex, HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.BAD_REQUEST.value(), ex.getMessage());
	}

}
