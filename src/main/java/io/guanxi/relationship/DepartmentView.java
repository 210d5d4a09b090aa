package io.guanxi.relationship;

import org.jspecify.annotations.Nullable;

public record DepartmentView(long id, long accountId, @Nullable Long parentId, String name, long version) {
}
