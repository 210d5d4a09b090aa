package io.guanxi.sales.order;

import java.util.Optional;

import io.guanxi.sales.OrderView;
import io.guanxi.sales.Orders;
import io.guanxi.sales.ui.Outcomes;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Making an order from an accepted quote, and an order's steps: fulfil, cancel. */
@Controller
class OrderStepController {

	private final Orders orders;

	private final Outcomes outcomes;

	OrderStepController(Orders orders, Outcomes outcomes) {
		this.orders = orders;
		this.outcomes = outcomes;
	}

	@PostMapping("/quotes/{quoteId}/order")
	String fromQuote(@PathVariable long quoteId, RedirectAttributes redirect) {
		Optional<OrderView> made = outcomes.flashResult(redirect, "sales.order.created",
				() -> orders.fromQuote(quoteId));
		return made.map(order -> "redirect:/orders/" + order.id()).orElse("redirect:/quotes/" + quoteId);
	}

	@PostMapping("/orders/{id}/fulfil")
	String fulfil(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		outcomes.flash(redirect, "sales.order.fulfilled", () -> orders.fulfil(id, version));
		return "redirect:/orders/" + id;
	}

	@PostMapping("/orders/{id}/cancel")
	String cancel(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		outcomes.flash(redirect, "sales.order.cancelled", () -> orders.cancel(id, version));
		return "redirect:/orders/" + id;
	}

}
