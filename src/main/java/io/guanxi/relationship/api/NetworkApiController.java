package io.guanxi.relationship.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.guanxi.relationship.CorporateGroup;
import io.guanxi.relationship.CorporateGroups;
import io.guanxi.relationship.Network;
import io.guanxi.relationship.NetworkFilter;
import io.guanxi.relationship.NetworkView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Relationship graph", description = "Corporate groups and the network around companies and people")
class NetworkApiController {

	private final NetworkView network;

	private final CorporateGroups groups;

	private final Clock clock;

	NetworkApiController(NetworkView network, CorporateGroups groups, Clock clock) {
		this.network = network;
		this.groups = groups;
		this.clock = clock;
	}

	@GetMapping("/accounts/{accountId}/group")
	@Operation(summary = "The account's corporate group on asOf (default today), from its ultimate parent down",
			description = "Follows PARENT and GROUP_MEMBER links and SHAREHOLDER links over 50 % that hold on asOf. "
					+ "Accounts the caller may not read are left out, with everything below them.")
	CorporateGroup group(@PathVariable long accountId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
		return groups.of(accountId, day(asOf));
	}

	@GetMapping("/accounts/{accountId}/network")
	@Operation(summary = "The companies and key people around the account, 1 or 2 steps deep",
			description = "kinds (comma-separated): company link kinds (PARENT, SUPPLIER…), POSITION (key people and "
					+ "people's companies) and person tie kinds (FORMER_COLLEAGUE…); default all. At most "
					+ NetworkView.NEIGHBOUR_CAP + " companies and " + NetworkView.NEIGHBOUR_CAP
					+ " people around each node (a node's 'more' counts readable ones left out; 'truncated' "
					+ "says the network was cut), at most " + NetworkView.MAX_NODES + " nodes.")
	Network around(@PathVariable long accountId, @RequestParam(defaultValue = "1") int depth,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(required = false) @Nullable List<String> kinds) {
		return network.aroundAccount(accountId, depth, day(asOf), filter(kinds));
	}

	@GetMapping("/network/expand")
	@Operation(summary = "The neighbours of one node (account:42 or contact:7), to grow a drawn network")
	Network expand(@RequestParam String node,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(required = false) @Nullable List<String> kinds) {
		return network.expand(node, day(asOf), filter(kinds));
	}

	@ExceptionHandler
	ProblemDetail on(IllegalArgumentException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	private LocalDate day(@Nullable LocalDate asOf) {
		return asOf != null ? asOf : LocalDate.now(clock);
	}

	private static NetworkFilter filter(@Nullable List<String> kinds) {
		return NetworkFilter.of(kinds == null ? List.of() : kinds);
	}

}
