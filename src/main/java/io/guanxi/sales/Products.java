package io.guanxi.sales;

import java.util.Locale;

import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.platform.StaleVersionException;
import io.guanxi.sales.catalog.CatalogUsage;
import io.guanxi.sales.catalog.PriceEntryRepository;
import io.guanxi.sales.catalog.Product;
import io.guanxi.sales.catalog.ProductRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The product catalogue (产品目录). Every signed-in user reads it (to put products on quotes
 * and orders); administrators keep it. A product on a quote or an order cannot be
 * deleted, only made inactive.
 */
@Service
@Transactional
public class Products {

	static final String RECORD_TYPE = "product";

	private final ProductRepository products;

	private final PriceEntryRepository prices;

	private final CatalogUsage usage;

	private final CatalogAdmins admins;

	Products(ProductRepository products, PriceEntryRepository prices, CatalogUsage usage, CatalogAdmins admins) {
		this.products = products;
		this.prices = prices;
		this.usage = usage;
		this.admins = admins;
	}

	/**
	 * Products whose code, name or product line contains {@code query}, inactive ones too
	 * unless {@code activeOnly}.
	 */
	@Transactional(readOnly = true)
	public Page<ProductView> list(@Nullable String query, boolean activeOnly, Pageable pageable) {
		String term = "%" + (query == null ? "" : query.strip().toLowerCase(Locale.ROOT)) + "%";
		return products.search(term, activeOnly, pageable).map(Products::view);
	}

	@Transactional(readOnly = true)
	public ProductView get(long id) {
		return view(load(id));
	}

	public ProductView create(SaveProduct command) {
		admins.require();
		String code = checkedCode(command.code(), null);
		Product product = new Product(code, command.name().strip(), command.unit().strip());
		describe(product, command, code);
		return view(products.saveAndFlush(product));
	}

	/** Changes a product that the caller last saw at {@code expectedVersion}. */
	public ProductView update(long id, SaveProduct command, long expectedVersion) {
		admins.require();
		Product product = current(id, expectedVersion);
		describe(product, command, checkedCode(command.code(), id));
		products.flush();
		return view(product);
	}

	/**
	 * Deletes a product that no quote or order names, with its prices; one in use is
	 * refused (make it inactive instead).
	 */
	public void delete(long id, long expectedVersion) {
		admins.require();
		Product product = current(id, expectedVersion);
		if (usage.productInUse(id)) {
			throw new BusinessRuleException("sales.product.error.inUse", product.code());
		}
		prices.deleteByProduct(id);
		products.delete(product);
	}

	private static void describe(Product product, SaveProduct command, String code) {
		product.describe(code, command.name().strip(), blankToNull(command.productLine()), command.unit().strip(),
				blankToNull(command.description()), command.active());
	}

	private String checkedCode(String raw, @Nullable Long exceptId) {
		String code = raw.strip();
		products.findByCodeIgnoreCase(code)
			.filter(other -> exceptId == null || other.id() != exceptId)
			.ifPresent(other -> {
				throw new BusinessRuleException("sales.product.error.codeTaken", other.code());
			});
		return code;
	}

	private Product load(long id) {
		return products.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
	}

	private Product current(long id, long expectedVersion) {
		Product product = load(id);
		if (product.version() != expectedVersion) {
			throw new StaleVersionException(RECORD_TYPE, id, expectedVersion, product.version());
		}
		return product;
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	static ProductView view(Product product) {
		return new ProductView(product.id(), product.code(), product.name(), product.productLine(), product.unit(),
				product.description(), product.active(), product.version());
	}

}
