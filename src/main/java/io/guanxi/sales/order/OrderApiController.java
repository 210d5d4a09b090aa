package io.guanxi.sales.order;

import java.net.URI;
import java.util.List;

import io.guanxi.platform.ETags;
import io.guanxi.sales.OrderStatus;
import io.guanxi.sales.OrderSummary;
import io.guanxi.sales.OrderView;
import io.guanxi.sales.Orders;
import io.guanxi.sales.PurchaseHistory;
import io.guanxi.sales.SaveOrder;
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
@RequestMapping("/api/v1")
@Tag(name = "Orders", description = "Orders (订单): what accounts bought; the purchase history")
class OrderApiController {

	private final Orders orders;

	OrderApiController(Orders orders) {
		this.orders = orders;
	}

	@GetMapping("/orders")
	@Operation(summary = "The caller's orders and those of everyone below them (all for administrators)")
	PagedModel<OrderSummary> list(@RequestParam(required = false) @Nullable OrderStatus status,
			@PageableDefault(size = 25, sort = "orderedOn", direction = Sort.Direction.DESC) Pageable pageable) {
		return new PagedModel<>(orders.list(status, pageable));
	}

	@GetMapping("/accounts/{accountId}/orders")
	@Operation(summary = "The newest orders of an account")
	List<OrderSummary> ofAccount(@PathVariable long accountId) {
		return orders.ofAccount(accountId);
	}

	@GetMapping("/accounts/{accountId}/purchase-history")
	@Operation(summary = "What the account has bought",
			description = "Orders that are not cancelled, counted and totalled per currency, the first and last "
					+ "order day, and the latest orders.")
	PurchaseHistory purchaseHistory(@PathVariable long accountId) {
		return orders.purchaseHistory(accountId);
	}

	@PostMapping("/accounts/{accountId}/orders")
	@Operation(summary = "Create an open order on the account, owned by the caller",
			description = "A line without unitPrice takes its product's price in the price book (the standard one "
					+ "when priceBookId is left out), whose currency the order takes.")
	ResponseEntity<OrderView> create(@PathVariable long accountId, @Valid @RequestBody SaveOrder body) {
		OrderView order = orders.create(accountId, body);
		return ResponseEntity.created(URI.create("/api/v1/orders/" + order.id()))
			.eTag(ETags.of(order.version()))
			.body(order);
	}

	@GetMapping("/orders/{id}")
	@Operation(summary = "One order with its lines; its ETag is needed to change it")
	ResponseEntity<OrderView> get(@PathVariable long id) {
		return ok(orders.get(id));
	}

	@PutMapping("/orders/{id}")
	@Operation(summary = "Change an open order's date, discount, note and lines (all of them); If-Match required",
			description = "opportunityId, contractId and priceBookId are ignored.")
	ResponseEntity<OrderView> update(@PathVariable long id, @Valid @RequestBody SaveOrder body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return ok(orders.revise(id, body, ETags.requireVersion(ifMatch)));
	}

	static ResponseEntity<OrderView> ok(OrderView order) {
		return ResponseEntity.ok().eTag(ETags.of(order.version())).body(order);
	}

}
