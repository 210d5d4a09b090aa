package io.guanxi.customer.api;

import java.util.List;

import io.guanxi.customer.SavedViews;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/views")
@Tag(name = "Saved views", description = "The caller's own saved list views")
class SavedViewApiController {

	private final SavedViews views;

	SavedViewApiController(SavedViews views) {
		this.views = views;
	}

	@GetMapping
	@Operation(summary = "The caller's views of a list (accounts, contacts)")
	List<SavedViews.View> list(@RequestParam String list) {
		return views.of(list);
	}

	@PostMapping
	@Operation(summary = "Save a list's query string under a name; the same name replaces the caller's view")
	SavedViews.View save(@RequestParam String list, @Valid @RequestBody SavedViews.SaveView view) {
		return views.save(list, view);
	}

	@PutMapping("/{id}/default")
	@Operation(summary = "Open the list with this view (true) or stop doing so (false)")
	ResponseEntity<Void> makeDefault(@PathVariable long id, @RequestBody boolean makeDefault) {
		views.makeDefault(id, makeDefault);
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete one of the caller's views")
	ResponseEntity<Void> delete(@PathVariable long id) {
		views.delete(id);
		return ResponseEntity.noContent().build();
	}

}
