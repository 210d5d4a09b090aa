package io.guanxi.sales.catalog;

import io.guanxi.sales.ProductView;
import io.guanxi.sales.Products;
import io.guanxi.sales.SaveProduct;
import io.guanxi.sales.ui.Outcomes;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
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

/** The product catalogue's administration pages. */
@Controller
@RequestMapping("/admin/products")
class ProductAdminController {

	private static final String FORM = "sales/catalog/product-form";

	private static final String LIST = "redirect:/admin/products";

	private final Products products;

	private final Outcomes outcomes;

	ProductAdminController(Products products, Outcomes outcomes) {
		this.products = products;
		this.outcomes = outcomes;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String q,
			@PageableDefault(size = 25, sort = "code", direction = Sort.Direction.ASC) Pageable pageable, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("products", products.list(q, false, pageable));
		return "sales/catalog/products";
	}

	@GetMapping("/new")
	String newProduct(Model model) {
		model.addAttribute("form", SaveProduct.blank());
		return form(model, null, 0);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") SaveProduct form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors() && outcomes.onForm(errors, () -> products.create(form))) {
			redirect.addFlashAttribute("done", "platform.saved");
			return LIST;
		}
		return form(model, null, 0);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		ProductView product = products.get(id);
		model.addAttribute("form", SaveProduct.of(product));
		return form(model, id, product.version());
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @RequestParam long version, @Valid @ModelAttribute("form") SaveProduct form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors() && outcomes.onForm(errors, () -> products.update(id, form, version))) {
			redirect.addFlashAttribute("done", "platform.saved");
			return LIST;
		}
		return form(model, id, version);
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		outcomes.flash(redirect, "sales.product.deleted", () -> products.delete(id, version));
		return LIST;
	}

	private String form(Model model, @Nullable Long id, long version) {
		model.addAttribute("productId", id);
		model.addAttribute("version", version);
		return FORM;
	}

}
