package io.guanxi.platform.demo;

import java.util.List;

import io.guanxi.platform.Role;
import io.guanxi.platform.user.CreateUser;
import io.guanxi.platform.user.SaveTeam;
import io.guanxi.platform.user.TeamService;
import io.guanxi.platform.user.UserService;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo company's people, loaded once into an empty database, only with the
 * {@code demo} profile: production never gets a user with a known password.
 */
@Component
@Profile("demo")
@Order(10)
class DemoUsers implements ApplicationRunner {

	static final String PASSWORD = "guanxi-demo";

	/** How the banner introduces the demo logins. */
	static final List<String> LOGINS = List.of("admin (administrator)", "zhang.wei (sales director)",
			"wang.fang and li.lei (his reps)", "emily.chen (rep, other team)", "liu.yang (marketing)",
			"sun.li (service manager)", "zhao.min (service agent)");

	private final UserService users;

	private final TeamService teams;

	DemoUsers(UserService users, TeamService teams) {
		this.users = users;
		this.teams = teams;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (users.anyUserExists()) {
			return;
		}
		long east = teams.createTeam(new SaveTeam("华东销售 East China Sales", "Shanghai and Hangzhou key accounts", 0));
		long west = teams.createTeam(new SaveTeam("International Sales", "Multinationals in China", 0));
		long service = teams.createTeam(new SaveTeam("客户服务 Customer Service", null, 0));
		create("admin", "Admin", Role.ADMIN, null, null);
		long director = create("zhang.wei", "张伟 Zhang Wei", Role.SALES_MANAGER, east, null);
		create("wang.fang", "王芳 Wang Fang", Role.SALES_REP, east, director);
		create("li.lei", "李雷 Li Lei", Role.SALES_REP, east, director);
		create("emily.chen", "Emily Chen", Role.SALES_REP, west, null);
		create("liu.yang", "刘洋 Liu Yang", Role.MARKETING, null, null);
		long serviceManager = create("sun.li", "孙丽 Sun Li", Role.SERVICE_MANAGER, service, null);
		create("zhao.min", "赵敏 Zhao Min", Role.SERVICE_AGENT, service, serviceManager);
	}

	private long create(String username, String name, Role role, @Nullable Long team, @Nullable Long manager) {
		return users
			.create(new CreateUser(username, name, username + "@demo.guanxi.io", role, team, manager, PASSWORD));
	}

}
