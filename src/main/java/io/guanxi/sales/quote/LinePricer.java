package io.guanxi.sales.quote;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.guanxi.platform.BusinessRuleException;
import io.guanxi.sales.SaveQuoteLine;
import io.guanxi.sales.catalog.PriceBook;
import io.guanxi.sales.catalog.PriceBookRepository;
import io.guanxi.sales.catalog.PriceEntry;
import io.guanxi.sales.catalog.PriceEntryRepository;
import io.guanxi.sales.catalog.Product;
import io.guanxi.sales.catalog.ProductRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Prices lines from a price book: the book's price is the list price. A product must be
 * in the book, and active unless it is on the document already (an inactive product stays
 * where it is but goes on nothing new).
 */
@Component
public class LinePricer {

	private final PriceBookRepository books;

	private final PriceEntryRepository entries;

	private final ProductRepository products;

	LinePricer(PriceBookRepository books, PriceEntryRepository entries, ProductRepository products) {
		this.books = books;
		this.entries = entries;
		this.products = products;
	}

	/**
	 * The book, which must exist and, for a book new to the document, be active.
	 */
	public PriceBook book(long bookId, boolean newToDocument) {
		PriceBook book = books.findById(bookId)
			.orElseThrow(() -> new BusinessRuleException("sales.quote.error.noPriceBook"));
		if (newToDocument && !book.active()) {
			throw new BusinessRuleException("sales.quote.error.inactivePriceBook", book.name());
		}
		return book;
	}

	public List<QuoteLine> price(PriceBook book, List<SaveQuoteLine> lines, Set<Long> productsOnDocument) {
		Map<Long, Product> byId = products(lines.stream().map(SaveQuoteLine::productId).toList());
		return lines.stream().map(line -> {
			Product product = checked(byId.get(line.productId()), productsOnDocument);
			BigDecimal price = unitPrice(book, product);
			return new QuoteLine(product.id(), product.code(), product.name(), product.unit(),
					Objects.requireNonNull(line.quantity()), price, Objects.requireNonNull(line.discountPercent()));
		}).toList();
	}

	/** The product's price in the book. */
	public BigDecimal unitPrice(PriceBook book, Product product) {
		return entries.findByPriceBookIdAndProductId(book.id(), product.id())
			.map(PriceEntry::unitPrice)
			.orElseThrow(
					() -> new BusinessRuleException("sales.quote.error.notInPriceBook", product.code(), book.name()));
	}

	/** The products of {@code ids}, checked as {@link #price} does. */
	public Map<Long, Product> products(Collection<Long> ids) {
		return products.findAllById(Set.copyOf(ids))
			.stream()
			.collect(Collectors.toMap(Product::id, Function.identity()));
	}

	public Product checked(@Nullable Product product, Set<Long> productsOnDocument) {
		if (product == null) {
			throw new BusinessRuleException("sales.quote.error.noProduct");
		}
		if (!product.active() && !productsOnDocument.contains(product.id())) {
			throw new BusinessRuleException("sales.quote.error.inactiveProduct", product.code());
		}
		return product;
	}

}
