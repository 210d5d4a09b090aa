package io.guanxi.sales.pipeline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import io.guanxi.platform.BusinessRuleException;
import io.guanxi.sales.Forecast;
import io.guanxi.sales.ForecastPeriod;
import io.guanxi.sales.Forecasts;
import io.guanxi.sales.PipelineFilter;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The forecast page (销售预测): closed won, commit, best case and pipeline per month or
 * quarter, as a table with a bar per period; the definitions are on the page.
 */
@Controller
class ForecastController {

	private final Forecasts forecasts;

	private final FilterChoices choices;

	private final MessageSource messages;

	ForecastController(Forecasts forecasts, FilterChoices choices, MessageSource messages) {
		this.forecasts = forecasts;
		this.choices = choices;
		this.messages = messages;
	}

	@GetMapping("/forecast")
	String forecast(@RequestParam(name = "period", defaultValue = "month") String periodName,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@ModelAttribute("filter") PipelineFilter filter, Locale locale, Model model) {
		ForecastPeriod period = ForecastPeriod.of(periodName);
		Forecast forecast;
		try {
			forecast = forecasts.forecast(period, from, to, filter);
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("forecastError", ex);
			forecast = forecasts.forecast(period, null, null, filter);
		}
		model.addAttribute("forecast", forecast);
		model.addAttribute("period", period);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("bars", new Bars(scale(forecast)));
		model.addAttribute("labels", labels(forecast, locale));
		model.addAttribute("links", new PipelineLinks(filter));
		choices.addTo(model, filter);
		return "sales/pipeline/forecast";
	}

	/** The width of a bar for an amount, as a CSS percentage of the largest. */
	record Bars(BigDecimal scale) {

		public String width(BigDecimal amount) {
			return amount.max(BigDecimal.ZERO).multiply(BigDecimal.valueOf(100)).divide(scale, 2, RoundingMode.HALF_UP)
					+ "%";
		}

	}

	/** How each period is called in the user's language: Jan 2026, 2026年1月, Q1 2026. */
	private Map<String, String> labels(Forecast forecast, Locale locale) {
		DateTimeFormatter month = DateTimeFormatter
			.ofPattern(messages.getMessage("sales.pipeline.forecast.monthPattern", null, locale), locale);
		Map<String, String> labels = new HashMap<>();
		for (Forecast.Row row : forecast.periods()) {
			labels.put(row.name(),
					forecast.period() == ForecastPeriod.MONTH ? month.format(row.start())
							: messages.getMessage("sales.pipeline.forecast.quarterName",
									new Object[] { row.start().getYear(), (row.start().getMonthValue() + 2) / 3 },
									locale));
		}
		return labels;
	}

	/** The largest pipeline of a period: the bars' full width. */
	private static BigDecimal scale(Forecast forecast) {
		return forecast.periods()
			.stream()
			.map(Forecast.Row::pipeline)
			.max(BigDecimal::compareTo)
			.filter(max -> max.signum() > 0)
			.orElse(BigDecimal.ONE);
	}

}
