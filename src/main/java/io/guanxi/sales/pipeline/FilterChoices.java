package io.guanxi.sales.pipeline;

import java.util.ArrayList;
import java.util.List;

import io.guanxi.platform.AccessScope;
import io.guanxi.platform.AccessService;
import io.guanxi.platform.UserDirectory;
import io.guanxi.platform.UserDirectory.TeamSummary;
import io.guanxi.platform.UserDirectory.UserSummary;
import io.guanxi.sales.PipelineFilter;
import io.guanxi.sales.Pipelines;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the filter bars of the pipeline pages offer: the people below the caller, the
 * teams (for those who see more than their own deals), the processes and currencies.
 */
@Component
class FilterChoices {

	/** Currencies offered besides the ones a filter names. */
	static final List<String> CURRENCIES = List.of("CNY", "USD", "EUR", "HKD", "JPY", "GBP");

	private final UserDirectory users;

	private final AccessService access;

	private final Pipelines pipelines;

	FilterChoices(UserDirectory users, AccessService access, Pipelines pipelines) {
		this.users = users;
		this.access = access;
		this.pipelines = pipelines;
	}

	/** The choices, with the filter's currency among the currencies. */
	void addTo(Model model, PipelineFilter filter) {
		long me = access.currentUser().id();
		AccessScope scope = access.scope();
		boolean manager = scope.unrestricted() || scope.ownerIds().size() > 1;
		List<Choice> owners = new ArrayList<>();
		for (UserSummary owner : users.assignableOwners()) {
			if (owner.id() != me) {
				owners.add(new Choice(String.valueOf(owner.id()), owner.displayName()));
			}
		}
		model.addAttribute("ownerChoices", owners);
		model.addAttribute("teamChoices", manager ? users.teams() : List.<TeamSummary>of());
		model.addAttribute("manager", manager);
		model.addAttribute("processChoices", pipelines.processes());
		List<String> currencies = new ArrayList<>(CURRENCIES);
		String chosen = filter.currencyOrDefault();
		if (!currencies.contains(chosen)) {
			currencies.add(chosen);
		}
		model.addAttribute("currencyChoices", currencies);
	}

	/** An option of a select: the value sent and the text shown. */
	record Choice(String value, String label) {
	}

}
