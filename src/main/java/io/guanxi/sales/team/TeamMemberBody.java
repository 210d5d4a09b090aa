package io.guanxi.sales.team;

import io.guanxi.sales.TeamRole;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** A member's part in the deal team as the API takes it. */
record TeamMemberBody(@NotNull @Nullable TeamRole role, boolean canEdit) {
}
