package io.guanxi.platform.web;

import java.util.List;

import io.guanxi.platform.AccessService;
import io.guanxi.platform.SearchProvider;
import io.guanxi.platform.SearchProvider.SearchHit;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class HomeController {

	private static final int SEARCH_LIMIT = 20;

	private final AccessService access;

	private final List<SearchProvider> searchProviders;

	HomeController(AccessService access, List<SearchProvider> searchProviders) {
		this.access = access;
		this.searchProviders = searchProviders;
	}

	@GetMapping("/")
	String home() {
		return "platform/home";
	}

	@GetMapping("/login")
	String login() {
		return "platform/login";
	}

	/**
	 * The global search box: a full page, or just the result list while typing. Each
	 * provider ranks its own hits, so their order is kept.
	 */
	@GetMapping("/search")
	String search(@RequestParam(defaultValue = "") String q, HtmxRequest htmx, Model model) {
		String query = q.strip();
		List<SearchHit> hits = query.isEmpty() ? List.of()
				: searchProviders.stream()
					.flatMap(provider -> provider.search(query, access.scope(), SEARCH_LIMIT).stream())
					.limit(SEARCH_LIMIT)
					.toList();
		model.addAttribute("q", query);
		model.addAttribute("hits", hits);
		return "gx-search-results".equals(htmx.getTarget()) ? "platform/search :: results" : "platform/search";
	}

}
