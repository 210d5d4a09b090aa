package io.guanxi.platform.demo;

import io.guanxi.platform.Role;
import io.guanxi.platform.user.CreateUser;
import io.guanxi.platform.user.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first administrator of a production installation, from GUANXI_ADMIN_USERNAME and
 * GUANXI_ADMIN_PASSWORD, created only while no user exists.
 */
@Component
@Order(20)
class BootstrapAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

	private final UserService users;

	private final String username;

	private final String password;

	BootstrapAdmin(UserService users, @Value("${guanxi.security.bootstrap-admin.username}") String username,
			@Value("${guanxi.security.bootstrap-admin.password}") String password) {
		this.users = users;
		this.username = username;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (users.anyUserExists()) {
			return;
		}
		if (username.isBlank() || password.isBlank()) {
			log.warn("No users exist. Set GUANXI_ADMIN_USERNAME and GUANXI_ADMIN_PASSWORD (10+ characters) "
					+ "and restart to create the first administrator.");
			return;
		}
		users.create(new CreateUser(username, "Administrator", null, Role.ADMIN, null, null, password));
		log.info("Created the first administrator '{}'", username);
	}

}
