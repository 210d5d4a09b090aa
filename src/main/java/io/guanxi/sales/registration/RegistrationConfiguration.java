package io.guanxi.sales.registration;

import io.guanxi.platform.NavigationItem;
import io.guanxi.platform.Role;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RegistrationSettings.class)
class RegistrationConfiguration {

	/**
	 * The queue is the managers' work; reps see their registrations on their deals (the
	 * page itself lists, for anyone, the registrations of the deals they read).
	 */
	@Bean
	NavigationItem registrationsNavigation() {
		return new NavigationItem("sales.registration.nav", "/registrations", "patch-check", 45, Role.SALES_MANAGER);
	}

}
