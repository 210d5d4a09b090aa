package io.guanxi.sales.catalog;

import java.net.URI;

import io.guanxi.platform.ETags;
import io.guanxi.sales.ProductView;
import io.guanxi.sales.Products;
import io.guanxi.sales.SaveProduct;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
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
@RequestMapping("/api/v1/products")
@Tag(name = "Products", description = "The product catalogue; administrators change it")
class ProductApiController {

	private final Products products;

	ProductApiController(Products products) {
		this.products = products;
	}

	@GetMapping
	@Operation(summary = "Products whose code, name or product line contains q",
			description = "activeOnly=true leaves out products that cannot go on new quotes.")
	PagedModel<ProductView> list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "false") boolean activeOnly,
			@PageableDefault(size = 25, sort = "code", direction = Sort.Direction.ASC) Pageable pageable) {
		return new PagedModel<>(products.list(q, activeOnly, pageable));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One product; its ETag is needed to change it")
	ResponseEntity<ProductView> get(@PathVariable long id) {
		ProductView product = products.get(id);
		return ResponseEntity.ok().eTag(ETags.of(product.version())).body(product);
	}

	@PostMapping
	@Operation(summary = "Create a product (administrators); the code is unique ignoring case")
	ResponseEntity<ProductView> create(@Valid @RequestBody SaveProduct command) {
		ProductView product = products.create(command);
		return ResponseEntity.created(URI.create("/api/v1/products/" + product.id()))
			.eTag(ETags.of(product.version()))
			.body(product);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a product (administrators); If-Match must carry its current ETag")
	ResponseEntity<ProductView> update(@PathVariable long id, @Valid @RequestBody SaveProduct command,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		ProductView product = products.update(id, command, ETags.requireVersion(ifMatch));
		return ResponseEntity.ok().eTag(ETags.of(product.version())).body(product);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete a product that no quote or order names (409 otherwise: make it inactive)")
	ResponseEntity<Void> delete(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		products.delete(id, ETags.requireVersion(ifMatch));
		return ResponseEntity.noContent().build();
	}

}
