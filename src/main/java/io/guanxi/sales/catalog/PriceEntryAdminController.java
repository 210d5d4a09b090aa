package io.guanxi.sales.catalog;

import java.math.BigDecimal;

import io.guanxi.platform.BusinessRuleException;
import io.guanxi.sales.PriceBooks;
import io.guanxi.sales.Products;
import io.guanxi.sales.SavePrice;
import io.guanxi.sales.ui.Outcomes;
import jakarta.validation.Valid;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A price book's prices: the list, setting a product's price, changing and removing one.
 */
@Controller
@RequestMapping("/admin/price-books/{bookId}/prices")
class PriceEntryAdminController {

	/**
	 * The product picker offers this many; a catalogue larger than that needs the API.
	 */
	static final int PRODUCT_CHOICES = 500;

	private final PriceBooks books;

	private final Products products;

	private final Outcomes outcomes;

	PriceEntryAdminController(PriceBooks books, Products products, Outcomes outcomes) {
		this.books = books;
		this.products = products;
		this.outcomes = outcomes;
	}

	@GetMapping
	String prices(@PathVariable long bookId, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", SavePrice.blank());
		}
		model.addAttribute("book", books.get(bookId));
		model.addAttribute("entries", books.entries(bookId));
		model.addAttribute("products",
				products.list(null, true, PageRequest.of(0, PRODUCT_CHOICES, Sort.by("code"))).getContent());
		return "sales/catalog/prices";
	}

	@PostMapping
	String setPrice(@PathVariable long bookId, @Valid @ModelAttribute("form") SavePrice form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors() && outcomes.onForm(errors, () -> books.setPrice(bookId, form))) {
			redirect.addFlashAttribute("done", "platform.saved");
			return "redirect:/admin/price-books/" + bookId + "/prices";
		}
		return prices(bookId, model);
	}

	@PostMapping("/{entryId}")
	String reprice(@PathVariable long bookId, @PathVariable long entryId, @RequestParam long version,
			@RequestParam BigDecimal unitPrice, RedirectAttributes redirect) {
		outcomes.flash(redirect, "platform.saved",
				() -> books.reprice(bookId, entryId, checkedPrice(unitPrice), version));
		return pricesPage(bookId);
	}

	@PostMapping("/{entryId}/delete")
	String remove(@PathVariable long bookId, @PathVariable long entryId, @RequestParam long version,
			RedirectAttributes redirect) {
		outcomes.flash(redirect, "sales.priceBook.priceRemoved", () -> books.removePrice(bookId, entryId, version));
		return pricesPage(bookId);
	}

	private static BigDecimal checkedPrice(BigDecimal price) {
		if (price.signum() < 0 || price.scale() > 2) {
			throw new BusinessRuleException("sales.priceBook.error.price");
		}
		return price;
	}

	private static String pricesPage(long bookId) {
		return "redirect:/admin/price-books/" + bookId + "/prices";
	}

}
