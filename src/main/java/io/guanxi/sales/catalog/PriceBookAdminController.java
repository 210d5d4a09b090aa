package io.guanxi.sales.catalog;

import java.util.List;
import java.util.Optional;

import io.guanxi.sales.PriceBookView;
import io.guanxi.sales.PriceBooks;
import io.guanxi.sales.SavePriceBook;
import io.guanxi.sales.ui.Outcomes;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
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
 * The price books' administration pages: the list, and a book's form; its prices are on
 * {@link PriceEntryAdminController}'s page.
 */
@Controller
@RequestMapping("/admin/price-books")
class PriceBookAdminController {

	private static final String FORM = "sales/catalog/price-book-form";

	private static final String LIST = "redirect:/admin/price-books";

	private final PriceBooks books;

	private final Outcomes outcomes;

	PriceBookAdminController(PriceBooks books, Outcomes outcomes) {
		this.books = books;
		this.outcomes = outcomes;
	}

	@ModelAttribute("currencies")
	List<String> currencies() {
		return Currencies.COMMON;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("books", books.list());
		return "sales/catalog/price-books";
	}

	@GetMapping("/new")
	String newBook(Model model) {
		model.addAttribute("form", SavePriceBook.blank());
		return form(model, null, 0);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") SavePriceBook form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			Optional<PriceBookView> created = outcomes.attempt(errors, () -> books.create(form));
			if (created.isPresent()) {
				redirect.addFlashAttribute("done", "platform.saved");
				return "redirect:/admin/price-books/" + created.get().id() + "/prices";
			}
		}
		return form(model, null, 0);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		PriceBookView book = books.get(id);
		model.addAttribute("form", SavePriceBook.of(book));
		return form(model, id, book.version());
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @RequestParam long version, @Valid @ModelAttribute("form") SavePriceBook form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors() && outcomes.onForm(errors, () -> books.update(id, form, version))) {
			redirect.addFlashAttribute("done", "platform.saved");
			return LIST;
		}
		return form(model, id, version);
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		outcomes.flash(redirect, "sales.priceBook.deleted", () -> books.delete(id, version));
		return LIST;
	}

	private String form(Model model, @Nullable Long id, long version) {
		model.addAttribute("bookId", id);
		model.addAttribute("version", version);
		return FORM;
	}

}
