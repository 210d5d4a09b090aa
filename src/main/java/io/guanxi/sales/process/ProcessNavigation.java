package io.guanxi.sales.process;

import io.guanxi.platform.NavigationItem;
import io.guanxi.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProcessNavigation {

	@Bean
	NavigationItem salesProcessesNavigation() {
		return new NavigationItem("sales.process.nav", ProcessAdminController.PATH, "signpost-split", 990, Role.ADMIN);
	}

}
