package io.guanxi.relationship.web;

import io.guanxi.platform.AccessService;
import io.guanxi.relationship.PersonTies;
import io.guanxi.relationship.SaveUserTie;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The signed-in user records, changes or removes how well they know a contact. */
@Controller
@RequestMapping("/contacts/{contactId}/user-ties")
class UserTieController {

	private final PersonTies ties;

	private final AccessService access;

	private final SectionResponses sections;

	UserTieController(PersonTies ties, AccessService access, SectionResponses sections) {
		this.ties = ties;
		this.access = access;
		this.sections = sections;
	}

	@PostMapping
	String know(@PathVariable long contactId, @RequestParam int strength,
			@RequestParam(required = false) @Nullable String note, HtmxRequest htmx, Model model) {
		long userId = access.currentUser().id();
		return sections.contact(contactId, htmx, model,
				() -> ties.know(new SaveUserTie(userId, contactId, Math.max(1, Math.min(5, strength)), note)));
	}

	@PostMapping("/forget")
	String forget(@PathVariable long contactId, HtmxRequest htmx, Model model) {
		long userId = access.currentUser().id();
		return sections.contact(contactId, htmx, model, () -> ties.forget(userId, contactId));
	}

}
