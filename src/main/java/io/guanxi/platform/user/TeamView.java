package io.guanxi.platform.user;

import org.jspecify.annotations.Nullable;

public record TeamView(long id, String name, @Nullable String description, long members, long version) {
}
