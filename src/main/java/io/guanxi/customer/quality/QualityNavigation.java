package io.guanxi.customer.quality;

import io.guanxi.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class QualityNavigation {

	/** Everyone sees it; the page shows only the records in their scope. */
	@Bean
	NavigationItem qualityNavigationItem() {
		return new NavigationItem("customer.quality.nav", "/quality", "clipboard-check", 80, null);
	}

}
