package io.guanxi.sales.order;

import io.guanxi.sales.Orders;
import io.guanxi.sales.SaveOrderLine;
import io.guanxi.sales.ui.Outcomes;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An open order's lines, edited on the order page. */
@Controller
@RequestMapping("/orders/{id}/lines")
class OrderLineController {

	private final Orders orders;

	private final OrderPage page;

	private final Outcomes outcomes;

	OrderLineController(Orders orders, OrderPage page, Outcomes outcomes) {
		this.orders = orders;
		this.page = page;
		this.outcomes = outcomes;
	}

	@PostMapping
	String add(@PathVariable long id, @RequestParam long version, @Valid @ModelAttribute("lineForm") SaveOrderLine line,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors() && outcomes.onForm(errors, () -> orders.addLine(id, line, version))) {
			redirect.addFlashAttribute("done", "sales.quote.lineAdded");
			return "redirect:/orders/" + id + "#lines";
		}
		return page.show(orders.get(id), model);
	}

	@PostMapping("/{index}")
	String change(@PathVariable long id, @PathVariable int index, @RequestParam long version,
			@Valid @ModelAttribute("changed") SaveOrderLine line, BindingResult errors, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("refused", outcomes.firstError(errors));
		}
		else {
			outcomes.flash(redirect, "platform.saved", () -> orders.changeLine(id, index, line, version));
		}
		return "redirect:/orders/" + id + "#lines";
	}

	@PostMapping("/{index}/delete")
	String remove(@PathVariable long id, @PathVariable int index, @RequestParam long version,
			RedirectAttributes redirect) {
		outcomes.flash(redirect, "sales.quote.lineRemoved", () -> orders.removeLine(id, index, version));
		return "redirect:/orders/" + id + "#lines";
	}

}
