package io.guanxi.relationship.web;

import java.time.Clock;
import java.time.LocalDate;

import io.guanxi.customer.AccountService;
import io.guanxi.relationship.CorporateGroups;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The corporate group of an account as a tree, on a chosen day. */
@Controller
class GroupController {

	private final CorporateGroups groups;

	private final AccountService accounts;

	private final Clock clock;

	GroupController(CorporateGroups groups, AccountService accounts, Clock clock) {
		this.groups = groups;
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping("/accounts/{accountId}/group")
	String group(@PathVariable long accountId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			Model model) {
		model.addAttribute("account", accounts.get(accountId));
		model.addAttribute("group", groups.of(accountId, asOf != null ? asOf : LocalDate.now(clock)));
		return "relationship/group/page";
	}

}
