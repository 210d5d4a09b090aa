package io.guanxi.sales.quote;

import java.util.List;

import io.guanxi.sales.PriceBooks;
import io.guanxi.sales.PriceEntryView;
import io.guanxi.sales.QuoteView;
import io.guanxi.sales.SaveQuoteLine;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the quote page shows besides the quote: the products its price book offers for a
 * new line, and the blank line form (unless a refused one is to be shown again).
 */
@Component
class QuotePage {

	static final String VIEW = "sales/quotes/detail";

	private final PriceBooks priceBooks;

	QuotePage(PriceBooks priceBooks) {
		this.priceBooks = priceBooks;
	}

	String show(QuoteView quote, Model model) {
		model.addAttribute("quote", quote);
		if (quote.editable() && quote.mayChange()) {
			model.addAttribute("choices", choices(quote));
			if (!model.containsAttribute("lineForm")) {
				model.addAttribute("lineForm", SaveQuoteLine.blank());
			}
		}
		return VIEW;
	}

	private List<PriceEntryView> choices(QuoteView quote) {
		return priceBooks.entries(quote.priceBookId()).stream().filter(PriceEntryView::productActive).toList();
	}

}
