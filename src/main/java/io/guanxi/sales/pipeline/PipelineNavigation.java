package io.guanxi.sales.pipeline;

import io.guanxi.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The board is where sales starts: first of the sales entries in the navigation. */
@Configuration(proxyBeanMethods = false)
class PipelineNavigation {

	@Bean
	NavigationItem pipelineNavigationItem() {
		return new NavigationItem("sales.pipeline.nav", "/pipeline", "kanban", 25, null);
	}

}
