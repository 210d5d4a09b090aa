package io.guanxi.sales.team;

import java.util.Objects;

import io.guanxi.platform.ETags;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.sales.DealTeam;
import io.guanxi.sales.DealTeams;
import io.guanxi.sales.OpportunityView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The deal team of an opportunity. The ETag is the opportunity's: a change to the team
 * changes the deal's version, and every change needs the current one in If-Match.
 */
@RestController
@RequestMapping("/api/v1/opportunities/{id}/team")
@Tag(name = "Deal teams", description = "Who works an opportunity with its owner (虚拟团队)")
class TeamApiController {

	private final DealTeams teams;

	TeamApiController(DealTeams teams) {
		this.teams = teams;
	}

	@GetMapping
	@Operation(summary = "The owner and the members; the ETag is the opportunity's version")
	ResponseEntity<DealTeam> team(@PathVariable long id) {
		DealTeam team = teams.of(id);
		return ResponseEntity.ok().eTag(ETags.of(team.version())).body(team);
	}

	@GetMapping("/{userId}")
	@Operation(summary = "One member")
	ResponseEntity<OpportunityView.Member> member(@PathVariable long id, @PathVariable long userId) {
		DealTeam team = teams.of(id);
		OpportunityView.Member member = team.members()
			.stream()
			.filter(m -> m.userId() == userId)
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException("dealTeamMember", userId));
		return ResponseEntity.ok().eTag(ETags.of(team.version())).body(member);
	}

	@PutMapping("/{userId}")
	@Operation(summary = "Put a user on the team or change their role and edit right; If-Match required",
			description = "Any active user may join. Only those whose access covers the owner manage the team "
					+ "(409 for an editing member, 404 for others); OWNER is not a member's role.")
	ResponseEntity<DealTeam> put(@PathVariable long id, @PathVariable long userId,
			@Valid @RequestBody TeamMemberBody body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		long version = ETags.requireVersion(ifMatch);
		DealTeam team = teams.put(id, userId, Objects.requireNonNull(body.role()), body.canEdit(), version);
		return ResponseEntity.ok().eTag(ETags.of(team.version())).body(team);
	}

	@DeleteMapping("/{userId}")
	@Operation(summary = "Take a member off the team; If-Match required, the new ETag comes back")
	ResponseEntity<Void> remove(@PathVariable long id, @PathVariable long userId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		DealTeam team = teams.remove(id, userId, ETags.requireVersion(ifMatch));
		return ResponseEntity.noContent().eTag(ETags.of(team.version())).build();
	}

}
