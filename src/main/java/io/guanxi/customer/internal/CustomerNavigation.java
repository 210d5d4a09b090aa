package io.guanxi.customer.internal;

import io.guanxi.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CustomerNavigation {

	@Bean
	NavigationItem accountsNavigation() {
		return new NavigationItem("customer.nav.accounts", "/accounts", "building", 10, null);
	}

}
