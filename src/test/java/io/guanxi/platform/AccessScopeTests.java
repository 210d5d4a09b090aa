package io.guanxi.platform;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AccessScopeTests {

	@Test
	void aRestrictedScopeFiltersByOwner() {
		AccessScope scope = new AccessScope(1, false, Set.of(1L, 2L));
		assertThat(scope.permits(2)).isTrue();
		assertThat(scope.permits(3)).isFalse();
		assertThat(scope.ownerCondition("a.owner_id")).isEqualTo("a.owner_id in (:accessOwnerIds)");
		assertThat(scope.ownerParameters()).containsEntry("accessOwnerIds", Set.of(1L, 2L));
	}

	@Test
	void anUnrestrictedScopeFiltersNothing() {
		AccessScope scope = AccessScope.everything(1);
		assertThat(scope.permits(42)).isTrue();
		assertThat(scope.ownerCondition("owner_id")).isEqualTo("1 = 1");
		assertThat(scope.ownerParameters()).isEmpty();
	}

}
