package io.guanxi.relationship.api;

import io.guanxi.relationship.Career;
import io.guanxi.relationship.OrgService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A person's positions across companies over time. */
@RestController
@Tag(name = "Org charts")
class CareerApiController {

	private final OrgService org;

	CareerApiController(OrgService org) {
		this.org = org;
	}

	@GetMapping("/api/v1/contacts/{id}/career")
	@Operation(summary = "A person's positions at every company, oldest first, and the changes between them",
			description = "Positions at accounts the caller may not read are left out.")
	Career career(@PathVariable long id) {
		return org.career(id);
	}

}
