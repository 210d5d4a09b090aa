package io.guanxi.sales;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.platform.StaleVersionException;
import io.guanxi.sales.catalog.CatalogUsage;
import io.guanxi.sales.catalog.PriceBook;
import io.guanxi.sales.catalog.PriceBookRepository;
import io.guanxi.sales.catalog.PriceEntry;
import io.guanxi.sales.catalog.PriceEntryRepository;
import io.guanxi.sales.catalog.Product;
import io.guanxi.sales.catalog.ProductRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Price books (价格表): a standard one and others per segment, channel or currency, each
 * pricing products in its currency. Every signed-in user reads them; administrators keep
 * them. Exactly one book is the standard once any exists: making another the standard
 * takes the mark off the old one, and the standard book cannot be deleted.
 */
@Service
@Transactional
public class PriceBooks {

	static final String RECORD_TYPE = "priceBook";

	static final String ENTRY_TYPE = "priceEntry";

	private final PriceBookRepository books;

	private final PriceEntryRepository entries;

	private final ProductRepository products;

	private final CatalogUsage usage;

	private final CatalogAdmins admins;

	PriceBooks(PriceBookRepository books, PriceEntryRepository entries, ProductRepository products, CatalogUsage usage,
			CatalogAdmins admins) {
		this.books = books;
		this.entries = entries;
		this.products = products;
		this.usage = usage;
		this.admins = admins;
	}

	/** All price books, the standard one first, then by name. */
	@Transactional(readOnly = true)
	public List<PriceBookView> list() {
		return books.findAllByOrderByStandardDescNameAsc().stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public PriceBookView get(long id) {
		return view(load(id));
	}

	/** The standard price book, if one exists yet. */
	@Transactional(readOnly = true)
	public Optional<PriceBookView> standard() {
		return books.findByStandardTrue().map(this::view);
	}

	public PriceBookView create(SavePriceBook command) {
		admins.require();
		String name = checkedName(command.name(), null);
		PriceBook book = new PriceBook(name, checkedCurrency(command.currency()));
		book.describe(name, book.currency(), Products.blankToNull(command.description()), command.active());
		books.save(book);
		standardIf(book, command.standard() || books.findByStandardTrue().isEmpty());
		books.flush();
		return view(book);
	}

	/**
	 * Changes a price book that the caller last saw at {@code expectedVersion}. The
	 * currency of a book that quotes use stays: their prices are in it.
	 */
	public PriceBookView update(long id, SavePriceBook command, long expectedVersion) {
		admins.require();
		PriceBook book = current(id, expectedVersion);
		String currency = checkedCurrency(command.currency());
		if (!currency.equals(book.currency()) && usage.priceBookInUse(id)) {
			throw new BusinessRuleException("sales.priceBook.error.currencyInUse", book.name());
		}
		if (book.standard() && !command.active()) {
			throw new BusinessRuleException("sales.priceBook.error.standardInactive");
		}
		book.describe(checkedName(command.name(), id), currency, Products.blankToNull(command.description()),
				command.active());
		standardIf(book, command.standard());
		books.flush();
		return view(book);
	}

	/**
	 * Deletes a price book with its prices; the standard book and books that quotes use
	 * are refused.
	 */
	public void delete(long id, long expectedVersion) {
		admins.require();
		PriceBook book = current(id, expectedVersion);
		if (book.standard()) {
			throw new BusinessRuleException("sales.priceBook.error.deleteStandard");
		}
		if (usage.priceBookInUse(id)) {
			throw new BusinessRuleException("sales.priceBook.error.inUse", book.name());
		}
		entries.deleteByPriceBook(id);
		books.delete(book);
	}

	/** The book's prices, by product code. */
	@Transactional(readOnly = true)
	public List<PriceEntryView> entries(long bookId) {
		PriceBook book = load(bookId);
		List<PriceEntry> found = entries.findByPriceBookId(bookId);
		Map<Long, Product> byId = products.findAllById(found.stream().map(PriceEntry::productId).toList())
			.stream()
			.collect(Collectors.toMap(Product::id, Function.identity()));
		return found.stream()
			.map(entry -> view(entry, book, byId.get(entry.productId())))
			.filter(Objects::nonNull)
			.sorted(Comparator.comparing(PriceEntryView::productCode, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	/** The product's price in the book, if it has one. */
	@Transactional(readOnly = true)
	public Optional<PriceEntryView> price(long bookId, long productId) {
		PriceBook book = load(bookId);
		return entries.findByPriceBookIdAndProductId(bookId, productId)
			.map(entry -> view(entry, book, products.findById(productId).orElse(null)));
	}

	/** Sets the product's price in the book, adding it when the book has none yet. */
	public PriceEntryView setPrice(long bookId, SavePrice command) {
		admins.require();
		PriceBook book = load(bookId);
		long productId = Objects.requireNonNull(command.productId());
		BigDecimal price = Pricing.cents(Objects.requireNonNull(command.unitPrice()));
		Product product = products.findById(productId)
			.orElseThrow(() -> new BusinessRuleException("sales.priceBook.error.noProduct"));
		PriceEntry entry = entries.findByPriceBookIdAndProductId(bookId, productId)
			.orElseGet(() -> entries.save(new PriceEntry(bookId, productId, price)));
		entry.reprice(price);
		entries.flush();
		return Objects.requireNonNull(view(entry, book, product));
	}

	/** Changes one price that the caller last saw at {@code expectedVersion}. */
	public PriceEntryView reprice(long bookId, long entryId, BigDecimal unitPrice, long expectedVersion) {
		admins.require();
		PriceEntry entry = currentEntry(bookId, entryId, expectedVersion);
		entry.reprice(Pricing.cents(unitPrice));
		entries.flush();
		return Objects.requireNonNull(view(entry, load(bookId), products.findById(entry.productId()).orElse(null)));
	}

	/** Takes a product off the book (quotes keep the prices they have). */
	public void removePrice(long bookId, long entryId, long expectedVersion) {
		admins.require();
		entries.delete(currentEntry(bookId, entryId, expectedVersion));
	}

	private void standardIf(PriceBook book, boolean standard) {
		if (!standard) {
			return;
		}
		books.findByStandardTrue()
			.filter(other -> other.id() != book.id())
			.ifPresent(other -> other.markStandard(false));
		book.markStandard(true);
	}

	private String checkedName(String raw, @Nullable Long exceptId) {
		String name = raw.strip();
		books.findByNameIgnoreCase(name)
			.filter(other -> exceptId == null || other.id() != exceptId)
			.ifPresent(other -> {
				throw new BusinessRuleException("sales.priceBook.error.nameTaken", other.name());
			});
		return name;
	}

	static String checkedCurrency(String raw) {
		String code = raw.strip().toUpperCase(Locale.ROOT);
		try {
			return Currency.getInstance(code).getCurrencyCode();
		}
		catch (IllegalArgumentException ex) {
			throw new BusinessRuleException("sales.error.unknownCurrency", raw);
		}
	}

	private PriceBook load(long id) {
		return books.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
	}

	private PriceBook current(long id, long expectedVersion) {
		PriceBook book = load(id);
		if (book.version() != expectedVersion) {
			throw new StaleVersionException(RECORD_TYPE, id, expectedVersion, book.version());
		}
		return book;
	}

	private PriceEntry currentEntry(long bookId, long entryId, long expectedVersion) {
		PriceEntry entry = entries.findById(entryId)
			.filter(found -> found.priceBookId() == bookId)
			.orElseThrow(() -> new RecordNotFoundException(ENTRY_TYPE, entryId));
		if (entry.version() != expectedVersion) {
			throw new StaleVersionException(ENTRY_TYPE, entryId, expectedVersion, entry.version());
		}
		return entry;
	}

	private PriceBookView view(PriceBook book) {
		return new PriceBookView(book.id(), book.name(), book.currency(), book.standard(), book.description(),
				book.active(), entries.countByPriceBookId(book.id()), book.version());
	}

	private static @Nullable PriceEntryView view(PriceEntry entry, PriceBook book, @Nullable Product product) {
		if (product == null) {
			return null;
		}
		return new PriceEntryView(entry.id(), book.id(), product.id(), product.code(), product.name(), product.unit(),
				product.active(), entry.unitPrice(), book.currency(), entry.version());
	}

}
