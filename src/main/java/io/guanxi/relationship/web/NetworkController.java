package io.guanxi.relationship.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.guanxi.customer.AccountService;
import io.guanxi.relationship.BuyingRole;
import io.guanxi.relationship.CompanyLinkKind;
import io.guanxi.relationship.Network;
import io.guanxi.relationship.NetworkFilter;
import io.guanxi.relationship.NetworkView;
import io.guanxi.relationship.PersonTieKind;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The network page of an account: a Cytoscape.js graph (static/js/network.js) fed by the
 * JSON answers here, which are the API's answers for the signed-in session; below it the
 * same nodes as a list, for keyboards, screen readers and pages without JavaScript.
 */
@Controller
class NetworkController {

	static final int DEFAULT_DEPTH = 2;

	private final NetworkView network;

	private final AccountService accounts;

	private final MessageSource messages;

	private final JsonMapper json;

	private final Clock clock;

	NetworkController(NetworkView network, AccountService accounts, MessageSource messages, JsonMapper json,
			Clock clock) {
		this.network = network;
		this.accounts = accounts;
		this.messages = messages;
		this.json = json;
		this.clock = clock;
	}

	@GetMapping("/accounts/{accountId}/network")
	String page(@PathVariable long accountId, @RequestParam(defaultValue = "" + DEFAULT_DEPTH) int depth,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(required = false) @Nullable List<String> kinds, Model model) {
		LocalDate day = day(asOf);
		NetworkFilter filter = NetworkFilter.of(kinds == null ? List.of() : kinds);
		model.addAttribute("account", accounts.get(accountId));
		model.addAttribute("network", network.aroundAccount(accountId, depth, day, filter));
		model.addAttribute("depth", depth);
		model.addAttribute("asOf", day);
		model.addAttribute("filter", filter);
		model.addAttribute("companyKinds", CompanyLinkKind.values());
		model.addAttribute("tieKinds", PersonTieKind.values());
		model.addAttribute("labels", json.writeValueAsString(labels()));
		model.addAttribute("query", query(day, kinds));
		return "relationship/network/page";
	}

	@GetMapping("/accounts/{accountId}/network/data")
	@ResponseBody
	Network data(@PathVariable long accountId, @RequestParam(defaultValue = "" + DEFAULT_DEPTH) int depth,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(required = false) @Nullable List<String> kinds) {
		return network.aroundAccount(accountId, depth, day(asOf), NetworkFilter.of(kinds == null ? List.of() : kinds));
	}

	@GetMapping("/network/expand")
	@ResponseBody
	Network expand(@RequestParam String node,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(required = false) @Nullable List<String> kinds) {
		return network.expand(node, day(asOf), NetworkFilter.of(kinds == null ? List.of() : kinds));
	}

	@ExceptionHandler
	ResponseEntity<String> on(IllegalArgumentException ex) {
		return ResponseEntity.badRequest().body(ex.getMessage());
	}

	/** What the script shows on edges and nodes, in the user's language. */
	private Map<String, String> labels() {
		Map<String, String> labels = new LinkedHashMap<>();
		for (CompanyLinkKind kind : CompanyLinkKind.values()) {
			labels.put(kind.name(), message("relationship.link.kind." + kind));
		}
		for (PersonTieKind kind : PersonTieKind.values()) {
			labels.put(kind.name(), message("relationship.tie.kind." + kind));
		}
		for (BuyingRole role : BuyingRole.values()) {
			labels.put("role." + role, message("relationship.role." + role));
		}
		for (String key : List.of("more", "expanded", "added", "nothingNew", "failed", "open", "expand")) {
			labels.put(key, message("relationship.network.js." + key));
		}
		return labels;
	}

	/** The day and the relations, as the JSON requests of the page repeat them. */
	private static String query(LocalDate day, @Nullable List<String> kinds) {
		UriComponentsBuilder query = UriComponentsBuilder.newInstance().queryParam("asOf", day);
		if (kinds != null) {
			kinds.stream().filter(kind -> !kind.isBlank()).forEach(kind -> query.queryParam("kinds", kind));
		}
		return query.encode().build().getQuery();
	}

	private String message(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

	private LocalDate day(@Nullable LocalDate asOf) {
		return asOf != null ? asOf : LocalDate.now(clock);
	}

}
