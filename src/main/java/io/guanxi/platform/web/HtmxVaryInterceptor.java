package io.guanxi.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/** A page and its htmx fragment share a URL, so caches must keep them apart. */
class HtmxVaryInterceptor implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		response.addHeader("Vary", "HX-Request");
		return true;
	}

}
