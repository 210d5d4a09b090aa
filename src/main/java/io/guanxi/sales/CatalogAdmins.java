package io.guanxi.sales;

import io.guanxi.platform.AccessDeniedProblem;
import io.guanxi.platform.AccessService;
import io.guanxi.platform.Role;
import org.springframework.stereotype.Component;

/** Who keeps the catalogue and the price books: administrators. */
@Component
class CatalogAdmins {

	private final AccessService access;

	CatalogAdmins(AccessService access) {
		this.access = access;
	}

	void require() {
		if (access.currentUser().role() != Role.ADMIN) {
			throw new AccessDeniedProblem("Only administrators change the product catalogue and price books");
		}
	}

}
