package io.guanxi.sales.catalog;

import java.net.URI;
import java.util.List;

import io.guanxi.platform.ETags;
import io.guanxi.sales.PriceBookView;
import io.guanxi.sales.PriceBooks;
import io.guanxi.sales.PriceEntryView;
import io.guanxi.sales.SavePrice;
import io.guanxi.sales.SavePriceBook;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
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
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/price-books")
@Tag(name = "Price books", description = "Unit prices per product, one currency per book; administrators change them")
class PriceBookApiController {

	private final PriceBooks books;

	PriceBookApiController(PriceBooks books) {
		this.books = books;
	}

	@GetMapping
	@Operation(summary = "All price books, the standard one first")
	List<PriceBookView> list() {
		return books.list();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One price book; its ETag is needed to change it")
	ResponseEntity<PriceBookView> get(@PathVariable long id) {
		PriceBookView book = books.get(id);
		return ResponseEntity.ok().eTag(ETags.of(book.version())).body(book);
	}

	@PostMapping
	@Operation(summary = "Create a price book (administrators)",
			description = "standard=true makes it the standard book in place of the old one; the first book is "
					+ "the standard one anyway.")
	ResponseEntity<PriceBookView> create(@Valid @RequestBody SavePriceBook command) {
		PriceBookView book = books.create(command);
		return ResponseEntity.created(URI.create("/api/v1/price-books/" + book.id()))
			.eTag(ETags.of(book.version()))
			.body(book);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a price book (administrators); If-Match must carry its current ETag",
			description = "The currency of a book that quotes use cannot change (409).")
	ResponseEntity<PriceBookView> update(@PathVariable long id, @Valid @RequestBody SavePriceBook command,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		PriceBookView book = books.update(id, command, ETags.requireVersion(ifMatch));
		return ResponseEntity.ok().eTag(ETags.of(book.version())).body(book);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete a price book with its prices; the standard book and books quotes use are refused")
	ResponseEntity<Void> delete(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		books.delete(id, ETags.requireVersion(ifMatch));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/prices")
	@Operation(summary = "The book's prices, by product code")
	List<PriceEntryView> prices(@PathVariable long id) {
		return books.entries(id);
	}

	@PostMapping("/{id}/prices")
	@Operation(summary = "Set a product's unit price in the book (administrators), adding it when missing")
	PriceEntryView setPrice(@PathVariable long id, @Valid @RequestBody SavePrice command) {
		return books.setPrice(id, command);
	}

	@DeleteMapping("/{id}/prices/{entryId}")
	@Operation(summary = "Take a product off the book (administrators); If-Match must carry the price's version")
	ResponseEntity<Void> removePrice(@PathVariable long id, @PathVariable long entryId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		books.removePrice(id, entryId, ETags.requireVersion(ifMatch));
		return ResponseEntity.noContent().build();
	}

}
