package io.guanxi.sales.order;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import io.guanxi.customer.AccountService;
import io.guanxi.sales.Contracts;
import io.guanxi.sales.OrderStatus;
import io.guanxi.sales.OrderView;
import io.guanxi.sales.Orders;
import io.guanxi.sales.PriceBookView;
import io.guanxi.sales.PriceBooks;
import io.guanxi.sales.SaveOrder;
import io.guanxi.sales.SaveOrderLine;
import io.guanxi.sales.ui.Outcomes;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The order pages: the list, a new order on an account, its form and the order itself.
 */
@Controller
class OrderController {

	private static final String FORM = "sales/orders/form";

	private final Orders orders;

	private final Contracts contracts;

	private final PriceBooks priceBooks;

	private final AccountService accounts;

	private final OrderPage page;

	private final Outcomes outcomes;

	private final Clock clock;

	OrderController(Orders orders, Contracts contracts, PriceBooks priceBooks, AccountService accounts, OrderPage page,
			Outcomes outcomes, Clock clock) {
		this.orders = orders;
		this.contracts = contracts;
		this.priceBooks = priceBooks;
		this.accounts = accounts;
		this.page = page;
		this.outcomes = outcomes;
		this.clock = clock;
	}

	@GetMapping("/orders")
	String list(@RequestParam(required = false) @Nullable OrderStatus status,
			@PageableDefault(size = 25, sort = "orderedOn", direction = Sort.Direction.DESC) Pageable pageable,
			Model model) {
		model.addAttribute("status", status);
		model.addAttribute("statuses", OrderStatus.values());
		model.addAttribute("orders", orders.list(status, pageable));
		return "sales/orders/list";
	}

	@GetMapping("/accounts/{accountId}/orders/new")
	String newOrder(@PathVariable long accountId, @RequestParam(required = false) @Nullable Long contractId,
			Model model) {
		Long standard = priceBooks.standard().map(PriceBookView::id).orElse(null);
		model.addAttribute("form", new OrderForm(contractId, standard, LocalDate.now(clock), BigDecimal.ZERO, null));
		return form(model, accountId, accounts.get(accountId).name(), null, 0);
	}

	@PostMapping("/accounts/{accountId}/orders")
	String create(@PathVariable long accountId, @Valid @ModelAttribute("form") OrderForm form, BindingResult errors,
			Model model) {
		if (!errors.hasErrors()) {
			Optional<OrderView> created = outcomes.attempt(errors, () -> orders.create(accountId, form.toCommand()));
			if (created.isPresent()) {
				return "redirect:/orders/" + created.get().id();
			}
		}
		return form(model, accountId, accounts.get(accountId).name(), null, 0);
	}

	@GetMapping("/orders/{id}")
	String show(@PathVariable long id, Model model) {
		return page.show(orders.get(id), model);
	}

	@GetMapping("/orders/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		OrderView order = orders.get(id);
		model.addAttribute("form", new OrderForm(order.contractId(), order.priceBookId(), order.orderedOn(),
				order.discountPercent(), order.note()));
		return form(model, order.accountId(), order.accountName(), order, order.version());
	}

	@PostMapping("/orders/{id}")
	String update(@PathVariable long id, @RequestParam long version, @Valid @ModelAttribute("form") OrderForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		OrderView order = orders.get(id);
		if (!errors.hasErrors() && outcomes.onForm(errors, () -> orders.revise(id, keepLines(order, form), version))) {
			redirect.addFlashAttribute("done", "platform.saved");
			return "redirect:/orders/" + id;
		}
		return form(model, order.accountId(), order.accountName(), order, version);
	}

	private static SaveOrder keepLines(OrderView order, OrderForm form) {
		return form.toCommand()
			.withLines(order.lines()
				.stream()
				.map(line -> new SaveOrderLine(line.productId(), line.quantity(), line.unitPrice()))
				.toList());
	}

	private String form(Model model, long accountId, @Nullable String accountName, @Nullable OrderView order,
			long version) {
		model.addAttribute("accountId", accountId);
		model.addAttribute("accountName", accountName);
		model.addAttribute("order", order);
		model.addAttribute("version", version);
		if (order == null) {
			model.addAttribute("priceBooks", priceBooks.list().stream().filter(PriceBookView::active).toList());
			model.addAttribute("contracts", contracts.ofAccount(accountId));
		}
		return FORM;
	}

}
