package io.guanxi.sales.registration;

import io.guanxi.platform.NavigationItem;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RegistrationSettings.class)
class RegistrationConfiguration {

	/** Everyone sees the registrations of the deals they read; managers decide there. */
	@Bean
	NavigationItem registrationsNavigation() {
		return new NavigationItem("sales.registration.nav", "/registrations", "patch-check", 45, null);
	}

}
