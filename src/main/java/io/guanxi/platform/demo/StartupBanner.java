package io.guanxi.platform.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/** Tells whoever started Guanxi where to open it and, with demo data, how to sign in. */
@Component
class StartupBanner {

	private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

	@EventListener
	void on(ApplicationReadyEvent event) {
		if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
			return;
		}
		StringBuilder banner = new StringBuilder("\n\n  Guanxi is running at http://localhost:")
			.append(web.getWebServer().getPort())
			.append('\n');
		Environment environment = event.getApplicationContext().getEnvironment();
		if (environment.acceptsProfiles(Profiles.of("demo"))) {
			banner.append("  Demo logins (password '")
				.append(DemoUsers.PASSWORD)
				.append("'): ")
				.append(String.join(", ", DemoUsers.LOGINS))
				.append('\n');
		}
		log.info(banner.toString());
	}

}
