package io.guanxi.sales.lead.api;

import io.guanxi.platform.ETags;
import io.guanxi.sales.ConversionCandidates;
import io.guanxi.sales.ConversionNeedsChoice;
import io.guanxi.sales.ConvertLead;
import io.guanxi.sales.ConvertedLead;
import io.guanxi.sales.LeadConversion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/leads/{id}")
@Tag(name = "Leads")
class LeadConversionApiController {

	private final LeadConversion conversion;

	private final MessageSource messages;

	LeadConversionApiController(LeadConversion conversion, MessageSource messages) {
		this.conversion = conversion;
		this.messages = messages;
	}

	@GetMapping("/conversion-candidates")
	@Operation(summary = "Existing accounts and contacts the lead may already be (among those the caller may see)")
	ConversionCandidates candidates(@PathVariable long id) {
		return conversion.candidates(id);
	}

	@PostMapping("/conversion")
	@Operation(summary = "Convert a working or qualified lead into an account, a contact and maybe an opportunity",
			description = "One transaction: all or nothing. Name an existing accountId and/or contactId to use them; "
					+ "where the lead looks like existing records (the same company name, e-mail or mobile) and "
					+ "neither an id nor createNew: true is given, the answer is 409 with the candidates listed. "
					+ "A converted lead cannot be converted again (409). If-Match is required.")
	ConvertedLead convert(@PathVariable long id, @Valid @RequestBody ConvertLead body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return conversion.convert(id, body, ETags.requireVersion(ifMatch));
	}

	/** A 409 that lists what the caller may choose from. */
	@ExceptionHandler
	ProblemDetail on(ConversionNeedsChoice ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), LocaleContextHolder.getLocale()));
		problem.setTitle("Choose existing records or ask for new ones");
		problem.setProperty("accounts", ex.candidates().accounts());
		problem.setProperty("contacts", ex.candidates().contacts());
		return problem;
	}

}
