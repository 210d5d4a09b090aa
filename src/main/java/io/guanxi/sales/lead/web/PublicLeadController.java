package io.guanxi.sales.lead.web;

import java.time.Clock;

import io.guanxi.platform.BusinessRuleException;
import io.guanxi.sales.Leads;
import io.guanxi.sales.SaveLead;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public web-to-lead form (no sign-in). Nothing about the visitor's session is used,
 * so a forged cross-site post gains nothing: it is the same as posting the form directly.
 * Instead of a CSRF token the form carries a signed timestamp ({@link FormTokens}), and
 * spam meets three checks: a field people never see (a robot fills it; it is told "thank
 * you" and nothing is saved), a minimum time to fill the form, and a limit per IP address
 * ({@link AddressLimiter}).
 */
@Controller
@RequestMapping("/public/leads")
class PublicLeadController {

	/** The field people do not see; robots fill every field. */
	static final String HONEYPOT = "website";

	private static final Logger log = LoggerFactory.getLogger(PublicLeadController.class);

	private static final String PAGE = "sales/leads/public";

	private final Leads leads;

	private final FormTokens tokens;

	private final AddressLimiter limiter;

	private final Clock clock;

	PublicLeadController(Leads leads, FormTokens tokens, AddressLimiter limiter, Clock clock) {
		this.leads = leads;
		this.tokens = tokens;
		this.limiter = limiter;
		this.clock = clock;
	}

	@InitBinder("form")
	void onlyTheVisitorsFields(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
		binder.setAllowedFields("familyName", "givenName", "companyName", "title", "email", "mobile", "phone",
				"industry", "region", "city", "campaign", "description");
	}

	@GetMapping
	String form(@RequestParam(required = false) @Nullable String campaign, Model model) {
		model.addAttribute("form", new SaveLead(null, null, null, null, null, null, null, null, null, null, null,
				campaign == null || campaign.length() > 200 ? null : campaign, null, null));
		return page(model);
	}

	@PostMapping
	String submit(@Valid @ModelAttribute("form") SaveLead form, BindingResult errors,
			@RequestParam(name = HONEYPOT, required = false) @Nullable String honeypot,
			@RequestParam(required = false) @Nullable String token, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		if (!limiter.tryAcquire(request.getRemoteAddr())) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("refusal", "sales.webForm.error.tooMany");
			return PAGE + "-done";
		}
		if (honeypot != null && !honeypot.isBlank()) {
			log.info("Web form submission from {} dropped: the hidden field was filled", request.getRemoteAddr());
			return "redirect:/public/leads/thanks";
		}
		switch (tokens.check(token, clock.instant())) {
			case TOO_FAST -> errors.reject("sales.webForm.error.tooFast");
			case EXPIRED, INVALID -> errors.reject("sales.webForm.error.expired");
			case ACCEPTED -> {
			}
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(model);
		}
		try {
			leads.capturePublic(form);
		}
		catch (BusinessRuleException ex) {
			log.warn("Web form submission refused: {}", ex.getMessage());
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			model.addAttribute("refusal", "sales.webForm.error.unavailable");
			return PAGE + "-done";
		}
		return "redirect:/public/leads/thanks";
	}

	@GetMapping("/thanks")
	String thanks() {
		return PAGE + "-done";
	}

	private String page(Model model) {
		model.addAttribute("token", tokens.issue(clock.instant()));
		model.addAttribute("honeypot", HONEYPOT);
		model.addAttribute("publicForm", true);
		return PAGE;
	}

}
