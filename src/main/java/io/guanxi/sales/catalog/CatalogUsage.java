package io.guanxi.sales.catalog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether quotes and orders name a product or a price book: those stay on the documents,
 * so they can only be made inactive.
 */
@Component
public class CatalogUsage {

	private final JdbcClient jdbc;

	CatalogUsage(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean productInUse(long productId) {
		return jdbc.sql("""
				select case when exists (select 1 from sales_quote_line where product_id = :id)
				              or exists (select 1 from sales_order_line where product_id = :id)
				       then 1 else 0 end""").param("id", productId).query(Integer.class).single() == 1;
	}

	public boolean priceBookInUse(long priceBookId) {
		return jdbc.sql("""
				select case when exists (select 1 from sales_quote where price_book_id = :id)
				              or exists (select 1 from sales_order where price_book_id = :id)
				       then 1 else 0 end""").param("id", priceBookId).query(Integer.class).single() == 1;
	}

}
