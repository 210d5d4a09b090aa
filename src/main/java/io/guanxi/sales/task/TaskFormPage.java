package io.guanxi.sales.task;

import java.util.List;

import io.guanxi.customer.AccountService;
import io.guanxi.platform.UserDirectory;
import io.guanxi.sales.Opportunities;
import io.guanxi.sales.OpportunityView;
import io.guanxi.sales.SalesTaskView;
import io.guanxi.sales.TaskPriority;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The task form page (new and edit): its choices, what the task is for, and where to
 * return. Used by the form's controller and by the sections, whose quick add falls back
 * to it without JavaScript when refused.
 */
@Component
class TaskFormPage {

	static final String VIEW = "sales/tasks/form";

	private final UserDirectory users;

	private final Opportunities opportunities;

	private final AccountService accounts;

	TaskFormPage(UserDirectory users, Opportunities opportunities, AccountService accounts) {
		this.users = users;
		this.opportunities = opportunities;
		this.accounts = accounts;
	}

	/** A new task's form; {@code form} names the deal or account it is for. */
	String forNew(TaskForm form, @Nullable String back, Model model) {
		String dealName = null;
		String accountName = null;
		if (form.opportunityId() != null) {
			OpportunityView deal = opportunities.get(form.opportunityId());
			dealName = deal.name();
			accountName = deal.accountName();
		}
		else if (form.accountId() != null) {
			accountName = accounts.get(form.accountId()).name();
		}
		return show(null, null, dealName, accountName, back, model);
	}

	/** A task's form, at the version the user saw. */
	String forEdit(SalesTaskView task, long version, @Nullable String back, Model model) {
		return show(task, version, task.opportunityName(), task.accountName(), back, model);
	}

	private String show(@Nullable SalesTaskView task, @Nullable Long version, @Nullable String dealName,
			@Nullable String accountName, @Nullable String back, Model model) {
		model.addAttribute("task", task);
		model.addAttribute("version", version);
		model.addAttribute("dealName", dealName);
		model.addAttribute("accountName", accountName);
		model.addAttribute("users", users.activeUsers());
		model.addAttribute("priorities", List.of(TaskPriority.values()));
		model.addAttribute("back", safeBack(back));
		return VIEW;
	}

	/** Only a path on this server: a form must not send anyone elsewhere. */
	static String safeBack(@Nullable String back) {
		if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\") || back.contains(":")
				|| back.length() > 300) {
			return "/tasks";
		}
		return back;
	}

}
