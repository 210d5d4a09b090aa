package io.guanxi.customer.internal;

import java.util.Locale;

import io.guanxi.platform.AccessScope;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface AccountRepository extends JpaRepository<Account, Long>, JpaSpecificationExecutor<Account> {

	static Specification<Account> visibleIn(AccessScope scope) {
		return scope.ownerFilter("ownerId");
	}

	static Specification<Account> nameContains(String text) {
		String pattern = "%" + text.toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%";
		return (root, query, cb) -> text.isBlank() ? cb.conjunction()
				: cb.like(cb.lower(root.get("name")), pattern, '\\');
	}

}
