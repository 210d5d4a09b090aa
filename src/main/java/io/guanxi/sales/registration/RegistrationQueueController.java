package io.guanxi.sales.registration;

import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The registrations page: for a manager the queue of pending registrations to decide,
 * with their conflicts; for everyone the registrations of the deals they read, by status.
 */
@Controller
class RegistrationQueueController {

	static final int PAGE_SIZE = 20;

	private static final List<RegistrationStatus> TABS = List.of(RegistrationStatus.PENDING,
			RegistrationStatus.APPROVED, RegistrationStatus.REJECTED, RegistrationStatus.EXPIRED);

	private final DealRegistrations registrations;

	RegistrationQueueController(DealRegistrations registrations) {
		this.registrations = registrations;
	}

	@GetMapping("/registrations")
	String queue(@RequestParam(defaultValue = "PENDING") RegistrationStatus status,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("status", status);
		model.addAttribute("tabs", TABS);
		model.addAttribute("page", registrations.list(status, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		return "sales/registration/queue";
	}

}
