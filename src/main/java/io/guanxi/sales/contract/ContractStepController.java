package io.guanxi.sales.contract;

import java.time.LocalDate;

import io.guanxi.sales.Contracts;
import io.guanxi.sales.ui.Outcomes;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The contract page's buttons: activate (signed), terminate, delete. */
@Controller
@RequestMapping("/contracts/{id}")
class ContractStepController {

	private final Contracts contracts;

	private final Outcomes outcomes;

	ContractStepController(Contracts contracts, Outcomes outcomes) {
		this.contracts = contracts;
		this.outcomes = outcomes;
	}

	@PostMapping("/activate")
	String activate(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate signedOn,
			RedirectAttributes redirect) {
		outcomes.flash(redirect, "sales.contract.activated", () -> contracts.activate(id, signedOn, version));
		return "redirect:/contracts/" + id;
	}

	@PostMapping("/terminate")
	String terminate(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
			RedirectAttributes redirect) {
		outcomes.flash(redirect, "sales.contract.terminated", () -> contracts.terminate(id, day, version));
		return "redirect:/contracts/" + id;
	}

	@PostMapping("/delete")
	String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		long accountId = contracts.get(id).accountId();
		if (outcomes.flash(redirect, "sales.contract.deleted", () -> contracts.delete(id, version))) {
			return "redirect:/accounts/" + accountId + "#contracts";
		}
		return "redirect:/contracts/" + id;
	}

}
