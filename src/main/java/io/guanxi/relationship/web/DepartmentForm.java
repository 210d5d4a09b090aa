package io.guanxi.relationship.web;

import io.guanxi.relationship.SaveDepartment;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A department's name and the department it sits in. */
public record DepartmentForm(@NotBlank(message = "{relationship.form.error.departmentName}") @Size(max = 200,
		message = "{relationship.form.error.tooLong}") @Nullable String name, @Nullable Long parentId) {

	static DepartmentForm blank() {
		return new DepartmentForm(null, null);
	}

	SaveDepartment toCommand() {
		return new SaveDepartment(name, parentId);
	}

}
