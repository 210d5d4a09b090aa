package io.guanxi.customer.search;

import java.util.List;

import io.guanxi.customer.CustomerHit;
import io.guanxi.customer.CustomerSearch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/search")
@Tag(name = "Search", description = "One search over accounts and contacts")
class SearchApiController {

	private final CustomerSearch search;

	SearchApiController(CustomerSearch search) {
		this.search = search;
	}

	@GetMapping
	@Operation(summary = "Accounts and contacts the caller may see, best first: phone (any format, or its last "
			+ "digits) and e-mail, then names starting with q, containing it (Chinese from two characters), "
			+ "contacts of matching companies, and names with a typo")
	SearchResults search(@RequestParam @NotBlank @Size(max = 200) String q,
			@Parameter(description = "1 to 50") @RequestParam(
					defaultValue = "10") @Min(1) @Max(CustomerSearch.MAX_LIMIT) int limit) {
		return new SearchResults(q, search.search(q, limit));
	}

	/** The hits for a query, best first. */
	record SearchResults(String query, List<CustomerHit> hits) {
	}

}
