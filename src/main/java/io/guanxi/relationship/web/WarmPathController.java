package io.guanxi.relationship.web;

import io.guanxi.relationship.WarmPaths;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The warm paths to a contact: the list and graph for htmx to put into the contact page,
 * or a page of their own without JavaScript.
 */
@Controller
class WarmPathController {

	private final WarmPaths warmPaths;

	WarmPathController(WarmPaths warmPaths) {
		this.warmPaths = warmPaths;
	}

	@GetMapping("/contacts/{id}/warm-paths")
	String paths(@PathVariable long id, @RequestParam(defaultValue = "4") int maxHops, HtmxRequest htmx, Model model) {
		int hops = Math.max(WarmPaths.MIN_HOPS, Math.min(WarmPaths.MAX_HOPS, maxHops));
		model.addAttribute("result", warmPaths.find(id, hops, WarmPaths.DEFAULT_LIMIT));
		if (htmx.isHtmxRequest() && !htmx.isBoosted()) {
			return WarmPathSection.TEMPLATE + " :: result";
		}
		return "relationship/warmpaths/page";
	}

}
