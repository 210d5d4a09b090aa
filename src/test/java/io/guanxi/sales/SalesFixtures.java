package io.guanxi.sales;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.guanxi.TestUsers;
import io.guanxi.TestUsers.TestUser;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.SaveAccount;
import io.guanxi.platform.Role;

/**
 * A small catalogue and a sales team for the sales tests: uniquely named products in a
 * price book of their own, a director with two reps, and a rep of another team. Built
 * from the shared context's beans (an {@code @Import} would start a context of its own).
 */
public class SalesFixtures {

	private final TestUsers users;

	private final Products products;

	private final PriceBooks priceBooks;

	private final AccountService accounts;

	public SalesFixtures(TestUsers users, Products products, PriceBooks priceBooks, AccountService accounts) {
		this.users = users;
		this.products = products;
		this.priceBooks = priceBooks;
		this.accounts = accounts;
	}

	public Catalogue catalogue(String currency, String... codesAndPrices) {
		TestUser admin = users.create(Role.ADMIN);
		String unique = UUID.randomUUID().toString().substring(0, 8);
		return users.as(admin, () -> {
			PriceBookView book = priceBooks.create(new SavePriceBook("Book " + unique, currency, false, null, true));
			List<ProductView> made = new ArrayList<>();
			for (int i = 0; i < codesAndPrices.length; i += 2) {
				ProductView product = products.create(new SaveProduct(codesAndPrices[i] + "-" + unique,
						"Product " + codesAndPrices[i], "Line", "piece", null, true));
				priceBooks.setPrice(book.id(), new SavePrice(product.id(), new BigDecimal(codesAndPrices[i + 1])));
				made.add(product);
			}
			return new Catalogue(admin, book, made);
		});
	}

	public Team team() {
		TestUser director = users.create(Role.SALES_MANAGER);
		TestUser rep = users.create(Role.SALES_REP, director);
		TestUser colleague = users.create(Role.SALES_REP, director);
		TestUser otherTeam = users.create(Role.SALES_REP);
		return new Team(director, rep, colleague, otherTeam);
	}

	public long account(TestUser owner, String name) {
		return users.as(owner,
				() -> accounts.create(new SaveAccount(name + " " + UUID.randomUUID().toString().substring(0, 6), null))
					.id());
	}

	public record Catalogue(TestUser admin, PriceBookView book, List<ProductView> products) {

		public long product(int index) {
			return products.get(index).id();
		}

	}

	public record Team(TestUser director, TestUser rep, TestUser colleague, TestUser otherTeam) {
	}

}
