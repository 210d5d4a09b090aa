package io.guanxi.platform.user;

import io.guanxi.platform.AccessService;
import io.guanxi.platform.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Users")
class MeApiController {

	private final AccessService access;

	MeApiController(AccessService access) {
		this.access = access;
	}

	@GetMapping("/api/v1/me")
	@Operation(summary = "The user the token belongs to")
	CurrentUser me() {
		return access.currentUser();
	}

}
