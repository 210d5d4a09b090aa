package io.guanxi.customer.quality;

import java.util.List;

import io.guanxi.customer.DataQuality;
import io.guanxi.customer.DuplicatePair;
import io.guanxi.customer.Duplicates;
import io.guanxi.customer.ProfileSection.Subject;
import io.guanxi.customer.QualityProblem;
import io.guanxi.customer.QualityRecord;
import io.guanxi.customer.QualityReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/quality")
@Tag(name = "Data quality", description = "Completeness, invalid values, duplicates and stale records")
class QualityApiController {

	private final DataQuality quality;

	private final Duplicates duplicates;

	QualityApiController(DataQuality quality, Duplicates duplicates) {
		this.quality = quality;
		this.duplicates = duplicates;
	}

	@GetMapping
	@Operation(summary = "The data quality figures of the records the caller may see, in total and per owner",
			description = "Counted at most a few minutes ago (asOf). Stale: not changed for 12 months (accounts: "
					+ "and no interaction in that time).")
	QualityReport report() {
		return quality.report();
	}

	@GetMapping("/{kind:" + QualityPaths.KINDS + "}/records")
	@Operation(summary = "Records with one problem, newest first, 50 at a time",
			description = "problem: MISSING (with field, as in the report), INVALID_PHONE, INVALID_EMAIL, STALE; "
					+ "owner: one owner's records; before: the last id of the previous page.")
	List<QualityRecord> records(@PathVariable String kind, @RequestParam QualityProblem problem,
			@RequestParam(required = false) @Nullable String field,
			@RequestParam(required = false) @Nullable Long owner,
			@RequestParam(required = false) @Nullable Long before) {
		return quality.records(QualityPaths.subject(kind), problem, field, owner, before, QualityController.PAGE_SIZE);
	}

	@GetMapping("/{kind:" + QualityPaths.KINDS + "}/duplicates")
	@Operation(summary = "Open duplicate pairs found by the last scan, newest first, 50 at a time")
	List<DuplicatePair> pairs(@PathVariable String kind, @RequestParam(required = false) @Nullable Long owner,
			@RequestParam(required = false) @Nullable Long before) {
		return duplicates.openPairs(QualityPaths.subject(kind), owner, before, QualityController.PAGE_SIZE);
	}

	@PostMapping("/duplicates/{pairId}/dismiss")
	@Operation(summary = "Mark a pair as not a duplicate; later scans remember it")
	ResponseEntity<Void> dismiss(@PathVariable long pairId) {
		duplicates.dismiss(pairId);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/recount")
	@Operation(summary = "Count the figures of all owners now (administrators); runs to the end",
			description = "Wide scopes (administrators, directors of more than 50 people) read these figures; "
					+ "a job counts them every half hour. 409 when a count is running already.")
	ResponseEntity<Void> recount() {
		return quality.recount() ? ResponseEntity.noContent().build()
				: ResponseEntity.status(HttpStatus.CONFLICT).build();
	}

	@PostMapping("/duplicates/scan")
	@Operation(summary = "Scan all records for duplicate pairs now (administrators); runs to the end",
			description = "409 when a scan is running already. truncated: more pairs were found than a scan keeps "
					+ "(200,000 per entity), and those of the newest records were kept.")
	ResponseEntity<Duplicates.ScanResult> scan() {
		Duplicates.ScanResult result = duplicates.scan();
		return result == null ? ResponseEntity.status(HttpStatus.CONFLICT).build() : ResponseEntity.ok(result);
	}

}
