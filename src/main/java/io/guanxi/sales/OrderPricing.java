package io.guanxi.sales;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.guanxi.platform.BusinessRuleException;
import io.guanxi.sales.catalog.PriceBook;
import io.guanxi.sales.catalog.Product;
import io.guanxi.sales.order.OrderLine;
import io.guanxi.sales.order.SalesOrder;
import io.guanxi.sales.quote.LinePricer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Prices an order's lines: at the unit price a line names, else at its product's price in
 * the order's price book.
 */
@Component
class OrderPricing {

	private final LinePricer pricer;

	private final PriceBooks priceBooks;

	private final Clock clock;

	OrderPricing(LinePricer pricer, PriceBooks priceBooks, Clock clock) {
		this.pricer = pricer;
		this.priceBooks = priceBooks;
		this.clock = clock;
	}

	/** Gives the order the command's date, discount, note and lines. */
	void revise(SalesOrder order, SaveOrder command, Set<Long> productsOnOrder) {
		List<SaveOrderLine> requested = command.lineList();
		Map<Long, Product> products = pricer.products(requested.stream().map(SaveOrderLine::productId).toList());
		PriceBook book = order.priceBookId() == null ? null : pricer.book(order.priceBookId(), false);
		List<OrderLine> lines = requested.stream().map(line -> {
			Product product = pricer.checked(products.get(line.productId()), productsOnOrder);
			BigDecimal price = line.unitPrice() != null ? line.unitPrice() : listPrice(book, product);
			return new OrderLine(product.id(), product.code(), product.name(), product.unit(),
					Objects.requireNonNull(line.quantity()), price);
		}).toList();
		order.revise(command.orderedOn() != null ? command.orderedOn() : LocalDate.now(clock),
				command.discountPercent() != null ? command.discountPercent() : BigDecimal.ZERO,
				Products.blankToNull(command.note()), lines);
	}

	private BigDecimal listPrice(@Nullable PriceBook book, Product product) {
		if (book == null) {
			throw new BusinessRuleException("sales.order.error.priceRequired", product.code());
		}
		return pricer.unitPrice(book, product);
	}

	/**
	 * The book a new order takes its prices and currency from (null: the standard one).
	 */
	PriceBook book(@Nullable Long priceBookId) {
		long id = priceBookId != null ? priceBookId
				: priceBooks.standard()
					.map(PriceBookView::id)
					.orElseThrow(() -> new BusinessRuleException("sales.quote.error.noPriceBook"));
		return pricer.book(id, true);
	}

}
