package io.guanxi.platform.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxViewResolver;
import io.guanxi.platform.NavigationItem;
import io.guanxi.platform.Role;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.data.web.config.EnableSpringDataWebSupport;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

import static org.springframework.data.web.config.EnableSpringDataWebSupport.PageSerializationMode.VIA_DTO;

@Configuration(proxyBeanMethods = false)
@EnableSpringDataWebSupport(pageSerializationMode = VIA_DTO)
class WebConfig implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HtmxVaryInterceptor());
	}

	/**
	 * Takes the place of the filter that Thymeleaf's auto-configuration adds because the
	 * WebJars locator turns the resource chain on. That filter rewrites every link of a
	 * page to a versioned static resource, and for a link that is no resource
	 * ({@code /accounts/42}) it looks in the jar's static folders again on every page,
	 * since misses are not cached: 70 % of a profile page's CPU. Guanxi versions no
	 * static URLs; WebJars are still found without their version, by the resource
	 * handler.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

	/**
	 * Makes {@code redirect:htmx:/path} answer an htmx request with {@code HX-Redirect}.
	 * The htmx library's auto-configuration registers no view resolver here, so without
	 * this one Thymeleaf's took every {@code redirect:} for a plain redirect, which htmx
	 * follows inside its request and swaps the whole next page into the target. It comes
	 * first and resolves only its own prefixes; every other view name goes on to
	 * Thymeleaf.
	 */
	@Bean
	HtmxViewResolver htmxViewResolver() {
		HtmxViewResolver resolver = new HtmxViewResolver();
		resolver.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return resolver;
	}

	@Bean
	NavigationItem homeNavigation() {
		return new NavigationItem("platform.nav.home", "/", "house", 0, null);
	}

	@Bean
	NavigationItem adminNavigation() {
		return new NavigationItem("platform.nav.admin", "/admin/users", "gear", 1000, Role.ADMIN);
	}

}
