package io.guanxi.platform.user;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.platform.StaleVersionException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Teams of users, for the admin pages and the demo data. */
@Service
@Transactional
public class TeamService {

	private final TeamRepository teams;

	private final UserRepository users;

	TeamService(TeamRepository teams, UserRepository users) {
		this.teams = teams;
		this.users = users;
	}

	public long createTeam(SaveTeam command) {
		if (teams.existsByName(command.name().trim())) {
			throw new BusinessRuleException("platform.team.error.taken", command.name().trim());
		}
		return teams.save(new Team(command.name().trim(), UserService.blankToNull(command.description()))).id();
	}

	public void updateTeam(long id, SaveTeam command) {
		Team team = teams.findById(id).orElseThrow(() -> new RecordNotFoundException("team", id));
		if (team.version() != command.version()) {
			throw new StaleVersionException("team", id, command.version(), team.version());
		}
		team.rename(command.name().trim(), UserService.blankToNull(command.description()));
	}

	@Transactional(readOnly = true)
	public List<TeamView> teams() {
		Map<Long, Long> members = users.findAll()
			.stream()
			.filter(user -> user.teamId() != null)
			.collect(Collectors.groupingBy(User::teamId, Collectors.counting()));
		return teams.findAllByOrderByName()
			.stream()
			.map(team -> new TeamView(team.id(), team.name(), team.description(), members.getOrDefault(team.id(), 0L),
					team.version()))
			.toList();
	}

	@Transactional(readOnly = true)
	public SaveTeam teamForm(long id) {
		Team team = teams.findById(id).orElseThrow(() -> new RecordNotFoundException("team", id));
		return new SaveTeam(team.name(), team.description(), team.version());
	}

	boolean exists(long id) {
		return teams.existsById(id);
	}

	Map<Long, String> names() {
		return teams.findAll().stream().collect(Collectors.toMap(Team::id, Team::name));
	}

}
