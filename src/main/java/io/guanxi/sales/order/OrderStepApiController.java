package io.guanxi.sales.order;

import java.net.URI;

import io.guanxi.platform.ETags;
import io.guanxi.sales.OrderView;
import io.guanxi.sales.Orders;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Orders")
class OrderStepApiController {

	private final Orders orders;

	OrderStepApiController(Orders orders) {
		this.orders = orders;
	}

	@PostMapping("/quotes/{quoteId}/order")
	@Operation(summary = "Create the order of an accepted quote",
			description = "Its lines at their net prices and the quote's discount, so the same total. A quote "
					+ "becomes one order at most (409 for a second).")
	ResponseEntity<OrderView> fromQuote(@PathVariable long quoteId) {
		OrderView order = orders.fromQuote(quoteId);
		return ResponseEntity.created(URI.create("/api/v1/orders/" + order.id()))
			.eTag(ETags.of(order.version()))
			.body(order);
	}

	@PostMapping("/orders/{id}/fulfil")
	@Operation(summary = "Mark an open order as fulfilled; If-Match required")
	ResponseEntity<OrderView> fulfil(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return OrderApiController.ok(orders.fulfil(id, ETags.requireVersion(ifMatch)));
	}

	@PostMapping("/orders/{id}/cancel")
	@Operation(summary = "Cancel an open order (it no longer counts as bought); If-Match required")
	ResponseEntity<OrderView> cancel(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return OrderApiController.ok(orders.cancel(id, ETags.requireVersion(ifMatch)));
	}

}
