package io.guanxi.relationship.transfer;

import io.guanxi.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ImportNavigation {

	/**
	 * Everyone may load org charts: the rows go through the services, which check each
	 * account and contact.
	 */
	@Bean
	NavigationItem relationshipImportNavigation() {
		return new NavigationItem("relationship.import.nav", "/relationships/import", "diagram-3", 60, null);
	}

}
