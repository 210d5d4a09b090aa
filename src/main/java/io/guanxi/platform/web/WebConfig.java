package io.guanxi.platform.web;

import io.guanxi.platform.NavigationItem;
import io.guanxi.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.web.config.EnableSpringDataWebSupport;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import static org.springframework.data.web.config.EnableSpringDataWebSupport.PageSerializationMode.VIA_DTO;

@Configuration(proxyBeanMethods = false)
@EnableSpringDataWebSupport(pageSerializationMode = VIA_DTO)
class WebConfig implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HtmxVaryInterceptor());
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
