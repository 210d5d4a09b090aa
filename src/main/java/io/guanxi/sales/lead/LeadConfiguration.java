package io.guanxi.sales.lead;

import io.guanxi.platform.NavigationItem;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LeadSettings.class)
class LeadConfiguration {

	@Bean
	NavigationItem leadsNavigation() {
		return new NavigationItem("sales.lead.nav", "/leads", "funnel", 30, null);
	}

}
