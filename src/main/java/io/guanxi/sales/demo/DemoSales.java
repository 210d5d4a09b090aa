package io.guanxi.sales.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.guanxi.customer.AccountFilter;
import io.guanxi.customer.AccountService;
import io.guanxi.customer.AccountSummary;
import io.guanxi.sales.Contracts;
import io.guanxi.sales.OrderView;
import io.guanxi.sales.Orders;
import io.guanxi.sales.PriceBookView;
import io.guanxi.sales.PriceBooks;
import io.guanxi.sales.ProductView;
import io.guanxi.sales.Products;
import io.guanxi.sales.QuoteStatus;
import io.guanxi.sales.QuoteSteps;
import io.guanxi.sales.QuoteTerms;
import io.guanxi.sales.QuoteView;
import io.guanxi.sales.Quotes;
import io.guanxi.sales.SaveContract;
import io.guanxi.sales.SaveOrder;
import io.guanxi.sales.SaveOrderLine;
import io.guanxi.sales.SavePrice;
import io.guanxi.sales.SavePriceBook;
import io.guanxi.sales.SaveProduct;
import io.guanxi.sales.SaveQuoteLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * A catalogue, price books, quotes, a contract and orders for the demo accounts, loaded
 * once (while no product exists) after the customer demo data. Each step runs as the demo
 * user who would take it, through the services, so the rules apply: a quote of
 * wang.fang's with a deep discount waits for zhang.wei's approval.
 */
@Component
@Profile("demo")
@Order(70)
class DemoSales implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoSales.class);

	private final Products products;

	private final PriceBooks priceBooks;

	private final Quotes quotes;

	private final QuoteSteps steps;

	private final Contracts contracts;

	private final Orders orders;

	private final AccountService accounts;

	private final UserDetailsService users;

	private final Clock clock;

	private final Map<String, Long> productIds = new HashMap<>();

	/** Each product's demo unit price in CNY and in USD. */
	private final Map<String, BigDecimal[]> prices = new HashMap<>();

	DemoSales(Products products, PriceBooks priceBooks, Quotes quotes, QuoteSteps steps, Contracts contracts,
			Orders orders, AccountService accounts, UserDetailsService users, Clock clock) {
		this.products = products;
		this.priceBooks = priceBooks;
		this.quotes = quotes;
		this.steps = steps;
		this.contracts = contracts;
		this.orders = orders;
		this.accounts = accounts;
		this.users = users;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			if (!as("admin", () -> products.list(null, false, PageRequest.of(0, 1)).isEmpty())) {
				return;
			}
			long standard = as("admin", this::catalogue);
			documents(standard);
		}
		catch (RuntimeException ex) {
			log.warn("Demo sales data left incomplete: {}", ex.getMessage());
		}
	}

	private long catalogue() {
		PriceBookView standard = priceBooks
			.create(new SavePriceBook("标准价格表 Standard", "CNY", true, "国内客户 · Customers in China", true));
		PriceBookView usd = priceBooks
			.create(new SavePriceBook("International (USD)", "USD", false, "Multinationals billed in USD", true));
		product("GX-CRM-STD", "关系 CRM 标准版", "CRM", "用户/年", "1200", "180");
		product("GX-CRM-ENT", "关系 CRM 企业版", "CRM", "用户/年", "2400", "360");
		product("GX-ANALYTICS", "客户洞察分析模块", "Analytics", "套/年", "60000", "8800");
		product("GX-IMPL", "实施服务", "Services", "人天", "3000", "450");
		product("GX-TRAIN", "现场培训", "Services", "天", "2000", "300");
		product("GX-SUPPORT", "7×24 金牌支持", "Support", "年", "50000", "7500");
		productIds.forEach((code, id) -> {
			priceBooks.setPrice(standard.id(), new SavePrice(id, price(code, true)));
			priceBooks.setPrice(usd.id(), new SavePrice(id, price(code, false)));
		});
		return standard.id();
	}

	private void product(String code, String name, String line, String unit, String cny, String usd) {
		ProductView product = products.create(new SaveProduct(code, name, line, unit, null, true));
		productIds.put(code, product.id());
		prices.put(code, new BigDecimal[] { new BigDecimal(cny), new BigDecimal(usd) });
	}

	private BigDecimal price(String code, boolean cny) {
		return prices.get(code)[cny ? 0 : 1];
	}

	private void documents(long standard) {
		LocalDate today = LocalDate.now(clock);
		Map<String, Long> byName = accountIds();
		Long huawei = byName.get("华为技术有限公司");
		Long alibaba = byName.get("阿里巴巴集团控股有限公司");
		Long saic = byName.get("上海汽车集团股份有限公司");
		Long tencent = byName.get("腾讯科技（深圳）有限公司");
		if (huawei != null) {
			acceptedQuoteWithOrderAndContract(huawei, standard, today);
			as("wang.fang", () -> orders.create(huawei, new SaveOrder(null, null, standard, today.minusMonths(7), null,
					"首期采购", List.of(line("GX-CRM-STD", "150", null), line("GX-IMPL", "20", null)))));
		}
		if (alibaba != null) {
			as("wang.fang", () -> {
				QuoteView quote = quotes.create(alibaba, null,
						terms("阿里云事业群 CRM 升级", standard, today.plusDays(21), "0"),
						List.of(quoteLine("GX-CRM-ENT", "300", "22"), quoteLine("GX-SUPPORT", "1", "10")));
				return steps.submit(quote.id(), quote.version());
			});
		}
		if (saic != null) {
			as("wang.fang", () -> quotes.create(saic, null, terms("上汽乘用车 试点项目", standard, today.plusDays(30), "0"),
					List.of(quoteLine("GX-CRM-STD", "50", "5"), quoteLine("GX-TRAIN", "2", "0"))));
		}
		if (tencent != null) {
			as("li.lei", () -> {
				OrderView order = orders.create(tencent,
						new SaveOrder(null, null, standard, today.minusMonths(2), new BigDecimal("3"), null,
								List.of(line("GX-ANALYTICS", "1", null), line("GX-TRAIN", "3", null))));
				return orders.fulfil(order.id(), order.version());
			});
		}
	}

	/** 华为: a quote approved by the director, sent, accepted; its contract and order. */
	private void acceptedQuoteWithOrderAndContract(long account, long standard, LocalDate today) {
		QuoteView pending = as("wang.fang", () -> {
			QuoteView quote = quotes.create(account, null, terms("华为终端 CRM 企业版扩容", standard, today.plusDays(14), "5"),
					List.of(quoteLine("GX-CRM-ENT", "500", "18"), quoteLine("GX-IMPL", "40", "0"),
							quoteLine("GX-SUPPORT", "1", "0")));
			return steps.submit(quote.id(), quote.version());
		});
		QuoteView approved = pending.status() != QuoteStatus.PENDING_APPROVAL ? pending
				: as("zhang.wei", () -> steps.approve(pending.id(), "战略客户，同意", pending.version()));
		as("wang.fang", () -> {
			QuoteView sent = steps.send(approved.id(), approved.version());
			QuoteView accepted = steps.accept(sent.id(), sent.version());
			var contract = contracts.create(account,
					new SaveContract(null, accepted.id(), null, accepted.title(), today.minusDays(3),
							today.plusYears(1).minusDays(4), accepted.total(), accepted.currency(), null, null));
			contracts.activate(contract.id(), today.minusDays(3), contract.version());
			var order = orders.fromQuote(accepted.id());
			return orders.fulfil(order.id(), order.version());
		});
	}

	private Map<String, Long> accountIds() {
		Map<String, Long> byName = new HashMap<>();
		as("admin", () -> accounts.list(AccountFilter.none(), PageRequest.of(0, 200)))
			.forEach((AccountSummary account) -> byName.putIfAbsent(account.name(), account.id()));
		return byName;
	}

	private static QuoteTerms terms(String title, long book, LocalDate validUntil, String discount) {
		return new QuoteTerms(title, book, validUntil, new BigDecimal(discount), null);
	}

	private SaveQuoteLine quoteLine(String code, String quantity, String discount) {
		return new SaveQuoteLine(productIds.get(code), new BigDecimal(quantity), new BigDecimal(discount));
	}

	private SaveOrderLine line(String code, String quantity, String unitPrice) {
		return new SaveOrderLine(productIds.get(code), new BigDecimal(quantity),
				unitPrice == null ? null : new BigDecimal(unitPrice));
	}

	private <T> T as(String username, Supplier<T> work) {
		UserDetails user = users.loadUserByUsername(username);
		var previous = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

}
