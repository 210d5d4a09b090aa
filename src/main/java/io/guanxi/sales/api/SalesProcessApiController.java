package io.guanxi.sales.api;

import java.util.List;

import io.guanxi.platform.ETags;
import io.guanxi.sales.ProcessView;
import io.guanxi.sales.SalesProcesses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The sales process templates, for clients that show or move deals through stages. */
@RestController
@RequestMapping("/api/v1/sales-processes")
@Tag(name = "Sales processes", description = "Stages with their checklists and control points")
class SalesProcessApiController {

	private final SalesProcesses processes;

	SalesProcessApiController(SalesProcesses processes) {
		this.processes = processes;
	}

	@GetMapping
	@Operation(summary = "The active processes with their stages, by name")
	List<ProcessView> list() {
		return processes.active();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One process with its stages, checklists and control points")
	ResponseEntity<ProcessView> get(@PathVariable long id) {
		ProcessView process = processes.get(id);
		return ResponseEntity.ok().eTag(ETags.of(process.version())).body(process);
	}

}
