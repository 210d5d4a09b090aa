package io.guanxi.relationship.api;

import io.guanxi.platform.ETags;
import io.guanxi.relationship.DepartmentView;
import io.guanxi.relationship.OrgService;
import io.guanxi.relationship.SaveDepartment;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Renaming, moving and deleting a department; the list is under its account. */
@RestController
@RequestMapping("/api/v1/departments/{id}")
@Tag(name = "Org charts")
class DepartmentApiController {

	private final OrgService org;

	DepartmentApiController(OrgService org) {
		this.org = org;
	}

	@PutMapping
	@Operation(summary = "Rename a department or move it under another; If-Match must carry its current ETag",
			description = "The ETag is the department's version from the list or from the last change.")
	ResponseEntity<DepartmentView> update(@PathVariable long id, @Valid @RequestBody SaveDepartment command,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		DepartmentView department = org.updateDepartment(id, command, ETags.requireVersion(ifMatch));
		return ResponseEntity.ok().eTag(ETags.of(department.version())).body(department);
	}

	@DeleteMapping
	@Operation(summary = "Delete an empty department; If-Match must carry its current ETag",
			description = "409 while positions or sub-departments still use it: history is never lost.")
	ResponseEntity<Void> delete(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		org.deleteDepartment(id, ETags.requireVersion(ifMatch));
		return ResponseEntity.noContent().build();
	}

}
