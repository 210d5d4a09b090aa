package io.guanxi.sales.task;

import java.net.URI;
import java.time.Instant;

import io.guanxi.platform.ETags;
import io.guanxi.sales.SaveSalesTask;
import io.guanxi.sales.SalesTaskView;
import io.guanxi.sales.SalesTasks;
import io.guanxi.sales.TaskFilter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Sales tasks", description = "To-dos with due times and reminders, for a deal, an account or oneself")
class TaskApiController {

	private final SalesTasks tasks;

	TaskApiController(SalesTasks tasks) {
		this.tasks = tasks;
	}

	@GetMapping
	@Operation(summary = "Tasks the caller may see that match every given filter, due first, paged (page, size)",
			description = "With opportunityId or accountId, all tasks of that deal or account (the caller must be "
					+ "able to read it); without, the caller's own (assigned or created) and those of deals they may "
					+ "read. done=false for open tasks, true for done ones; dueFrom (inclusive) and dueBefore are "
					+ "ISO instants such as 2026-12-05T09:00:00Z.")
	PagedModel<SalesTaskView> list(@RequestParam(required = false) @Nullable Long assigneeId,
			@RequestParam(required = false) @Nullable Long opportunityId,
			@RequestParam(required = false) @Nullable Long accountId,
			@RequestParam(required = false) @Nullable Boolean done,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant dueFrom,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant dueBefore,
			@ParameterObject Pageable pageable) {
		return new PagedModel<>(
				tasks.list(new TaskFilter(assigneeId, opportunityId, accountId, done, dueFrom, dueBefore), pageable));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One task; its ETag is needed to change it")
	ResponseEntity<SalesTaskView> get(@PathVariable long id) {
		SalesTaskView task = tasks.get(id);
		return ResponseEntity.ok().eTag(ETags.of(task.version())).body(task);
	}

	@PostMapping
	@Operation(summary = "Add a task; send Idempotency-Key to make retries safe",
			description = "Without assigneeId the task is the caller's. remindAt must not be after dueAt. Someone "
					+ "else may be given a task for a deal or account only when they may read it (409 otherwise).")
	ResponseEntity<SalesTaskView> create(@Valid @RequestBody SaveSalesTask command) {
		SalesTaskView task = tasks.create(command);
		return ResponseEntity.created(URI.create("/api/v1/tasks/" + task.id()))
			.eTag(ETags.of(task.version()))
			.body(task);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a task; If-Match must carry its current ETag",
			description = "All fields are replaced; an empty assigneeId keeps the assignee. A changed reminder "
					+ "time is sent again when it comes.")
	ResponseEntity<SalesTaskView> update(@PathVariable long id, @Valid @RequestBody SaveSalesTask command,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		SalesTaskView task = tasks.update(id, command, ETags.requireVersion(ifMatch));
		return ResponseEntity.ok().eTag(ETags.of(task.version())).body(task);
	}

	@PutMapping("/{id}/done")
	@Operation(summary = "Tick a task off ({\"done\": true}) or open it again; If-Match required")
	ResponseEntity<SalesTaskView> done(@PathVariable long id, @RequestBody DoneBody body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		SalesTaskView task = tasks.markDone(id, body.done(), ETags.requireVersion(ifMatch));
		return ResponseEntity.ok().eTag(ETags.of(task.version())).body(task);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete a task; If-Match required")
	ResponseEntity<Void> delete(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		tasks.delete(id, ETags.requireVersion(ifMatch));
		return ResponseEntity.noContent().build();
	}

	record DoneBody(boolean done) {
	}

}
