package io.guanxi.sales.order;

import java.util.List;

import io.guanxi.sales.OrderView;
import io.guanxi.sales.PriceBooks;
import io.guanxi.sales.PriceEntryView;
import io.guanxi.sales.SaveOrderLine;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the order page shows besides the order: on an open one, the products of its price
 * book for a new line and the blank line form (unless a refused one is shown again).
 */
@Component
class OrderPage {

	private final PriceBooks priceBooks;

	OrderPage(PriceBooks priceBooks) {
		this.priceBooks = priceBooks;
	}

	String show(OrderView order, Model model) {
		model.addAttribute("order", order);
		if (order.open() && order.mayChange()) {
			model.addAttribute("choices", choices(order));
			if (!model.containsAttribute("lineForm")) {
				model.addAttribute("lineForm", SaveOrderLine.blank());
			}
		}
		return "sales/orders/detail";
	}

	private List<PriceEntryView> choices(OrderView order) {
		Long book = order.priceBookId();
		return book == null ? List.of()
				: priceBooks.entries(book).stream().filter(PriceEntryView::productActive).toList();
	}

}
