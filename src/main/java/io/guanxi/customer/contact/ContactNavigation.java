package io.guanxi.customer.contact;

import io.guanxi.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ContactNavigation {

	@Bean
	NavigationItem contactsNavigation() {
		return new NavigationItem("customer.contact.nav", "/contacts", "person-lines-fill", 20, null);
	}

}
