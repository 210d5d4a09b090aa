package io.guanxi.sales.process;

import java.net.URI;
import java.util.List;

import io.guanxi.platform.ETags;
import io.guanxi.sales.ProcessView;
import io.guanxi.sales.SalesProcessAdmin;
import io.guanxi.sales.SaveProcess;
import io.guanxi.sales.SaveStage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Defining sales processes over the API (administrators; everyone reads them with
 * {@code GET /api/v1/sales-processes}). Every change needs the process's ETag in
 * {@code If-Match}, changes to its stages included, and answers the whole process with
 * its new ETag.
 */
@RestController
@RequestMapping("/api/v1/sales-processes")
@Tag(name = "Sales processes", description = "Process templates with stages, checklists and control points")
class ProcessAdminApiController {

	private final SalesProcessAdmin admin;

	ProcessAdminApiController(SalesProcessAdmin admin) {
		this.admin = admin;
	}

	@PostMapping
	@Operation(summary = "Create a process (administrators) with an open first stage and a won stage",
			description = "productLine and segment (an account tier, A to D) say which new opportunities follow it; "
					+ "two active processes may not name the same pair. defaultProcess makes it the default instead "
					+ "of the current one.")
	ResponseEntity<ProcessView> create(@Valid @RequestBody SaveProcess command) {
		return created(admin.create(command));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a process's name, description, where it applies, active and default",
			description = "There is always exactly one default: make another process the default instead of "
					+ "clearing it. If-Match is required.")
	ResponseEntity<ProcessView> update(@PathVariable long id, @Valid @RequestBody SaveProcess command,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return ok(admin.update(id, command, ETags.requireVersion(ifMatch)));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete a process that no opportunity follows (never the default); If-Match required")
	ResponseEntity<Void> delete(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		admin.delete(id, ETags.requireVersion(ifMatch));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/copies")
	@Operation(summary = "Copy a process with all its stages; the copy is inactive and applies nowhere yet")
	ResponseEntity<ProcessView> copy(@PathVariable long id) {
		return created(admin.copy(id));
	}

	@PostMapping("/{id}/stages")
	@Operation(summary = "Add a stage before the won stage; If-Match carries the process's ETag",
			description = "Each gate is FIELD with a field, DOCUMENT with a documentKind, or APPROVAL.")
	ResponseEntity<ProcessView> addStage(@PathVariable long id, @Valid @RequestBody SaveStage command,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return ok(admin.addStage(id, command, ETags.requireVersion(ifMatch)));
	}

	@PutMapping("/{id}/stages/{stageId}")
	@Operation(summary = "Replace a stage's fields, checklist and control points; If-Match: the process's ETag",
			description = "A task with the id of one of the stage's tasks changes it, one without an id is new, "
					+ "and a task left out is removed (also from the opportunities that ticked it). A changed "
					+ "control point holds from the next stage move.")
	ResponseEntity<ProcessView> updateStage(@PathVariable long id, @PathVariable long stageId,
			@Valid @RequestBody SaveStage command,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return ok(admin.updateStage(id, stageId, command, ETags.requireVersion(ifMatch)));
	}

	@DeleteMapping("/{id}/stages/{stageId}")
	@Operation(summary = "Delete a stage that no opportunity is in or has been in; If-Match: the process's ETag")
	ResponseEntity<ProcessView> deleteStage(@PathVariable long id, @PathVariable long stageId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return ok(admin.deleteStage(id, stageId, ETags.requireVersion(ifMatch)));
	}

	@PutMapping("/{id}/stage-order")
	@Operation(summary = "Put the stages in this order (every stage once, the won stage last); If-Match required")
	ResponseEntity<ProcessView> reorder(@PathVariable long id, @Valid @RequestBody StageOrder order,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return ok(admin.reorderStages(id, order.stageIds(), ETags.requireVersion(ifMatch)));
	}

	/** The stage ids in their new order. */
	record StageOrder(@NotEmpty List<Long> stageIds) {
	}

	private static ResponseEntity<ProcessView> created(ProcessView process) {
		return ResponseEntity.created(URI.create("/api/v1/sales-processes/" + process.id()))
			.eTag(ETags.of(process.version()))
			.body(process);
	}

	private static ResponseEntity<ProcessView> ok(ProcessView process) {
		return ResponseEntity.ok().eTag(ETags.of(process.version())).body(process);
	}

}
