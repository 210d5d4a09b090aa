package io.guanxi.relationship;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

public record SaveDepartment(@NotBlank @Size(max = 200) String name, @Nullable Long parentId) {
}
