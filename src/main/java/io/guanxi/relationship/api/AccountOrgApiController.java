package io.guanxi.relationship.api;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.guanxi.platform.ETags;
import io.guanxi.relationship.DepartmentView;
import io.guanxi.relationship.JoinAccount;
import io.guanxi.relationship.OrgChart;
import io.guanxi.relationship.OrgPerson;
import io.guanxi.relationship.OrgService;
import io.guanxi.relationship.PersonnelChangeView;
import io.guanxi.relationship.SaveDepartment;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An account's org structure: its chart on a day, departments, people joining, changes.
 */
@RestController
@RequestMapping("/api/v1/accounts/{accountId}")
@Tag(name = "Org charts", description = "Departments, positions over time and personnel changes inside an account")
class AccountOrgApiController {

	private final OrgService org;

	private final Clock clock;

	AccountOrgApiController(OrgService org, Clock clock) {
		this.org = org;
		this.clock = clock;
	}

	@GetMapping("/org-chart")
	@Operation(summary = "The account's people on a day, with its departments",
			description = "Positions held on asOf (the day of a change belongs to the new position); people the caller "
					+ "may not read are left out, and so is a reporting line to them (reportsToContactId is null).")
	OrgChart orgChart(@PathVariable long accountId,
			@Parameter(description = "ISO date; today when left out") @RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
		return org.orgChart(accountId, asOf == null ? LocalDate.now(clock) : asOf);
	}

	@GetMapping("/personnel-changes")
	@Operation(summary = "The newest personnel changes at the account (joined, promoted, transferred, left…)")
	List<PersonnelChangeView> changes(@PathVariable long accountId, @Parameter(
			description = "how many, 1 to 200") @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
		return org.changes(accountId, limit);
	}

	@GetMapping("/departments")
	@Operation(summary = "The account's departments, by name; parentId nests them")
	List<DepartmentView> departments(@PathVariable long accountId) {
		return org.departments(accountId);
	}

	@PostMapping("/departments")
	@Operation(summary = "Create a department; send Idempotency-Key to make retries safe")
	ResponseEntity<DepartmentView> createDepartment(@PathVariable long accountId,
			@Valid @RequestBody SaveDepartment command) {
		DepartmentView department = org.createDepartment(accountId, command);
		return ResponseEntity.created(URI.create("/api/v1/departments/" + department.id()))
			.eTag(ETags.of(department.version()))
			.body(department);
	}

	@PostMapping("/positions")
	@Operation(
			summary = "A person joins the account (a position from a day); send Idempotency-Key to make retries safe",
			description = "Recorded as a JOINED personnel change. 409 when the person already holds a position in the "
					+ "same department at that time, or when the reporting line would form a cycle.")
	ResponseEntity<OrgPerson> join(@PathVariable long accountId, @Valid @RequestBody JoinAccount command) {
		OrgPerson position = org.join(accountId, command);
		return ResponseEntity.created(URI.create("/api/v1/positions/" + position.positionId()))
			.eTag(ETags.of(position.version()))
			.body(position);
	}

}
