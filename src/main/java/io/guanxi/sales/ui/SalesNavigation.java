package io.guanxi.sales.ui;

import io.guanxi.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Quotes, contracts and orders in the main navigation (one item; the pages have tabs).
 */
@Configuration(proxyBeanMethods = false)
class SalesNavigation {

	@Bean
	NavigationItem quotesNavigationItem() {
		return new NavigationItem("sales.nav.quotes", "/quotes", "file-earmark-text", 40, null);
	}

}
