package io.guanxi.sales.task;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import io.guanxi.customer.ProfileSection;
import io.guanxi.sales.OpportunitySection;
import io.guanxi.sales.OpportunityView;
import io.guanxi.sales.SalesTasks;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Open tasks with a quick add, on the opportunity page and on the account page. Each
 * section posts to its own endpoints ({@link TaskSectionController}), which answer it
 * again.
 */
@Component
class TaskSections {

	static final String DEAL_TEMPLATE = "sales/tasks/deal-section";

	static final String ACCOUNT_TEMPLATE = "sales/tasks/account-section";

	private final SalesTasks tasks;

	private final Clock clock;

	TaskSections(SalesTasks tasks, Clock clock) {
		this.tasks = tasks;
		this.clock = clock;
	}

	TaskSectionData forDeal(long opportunityId, @Nullable QuickAdd quick, @Nullable String error) {
		return new TaskSectionData(tasks.openForOpportunity(opportunityId), quick == null ? blank() : quick,
				"/opportunities/" + opportunityId + "/sales-tasks", "/opportunities/" + opportunityId, opportunityId,
				null, error);
	}

	TaskSectionData forAccount(long accountId, @Nullable QuickAdd quick, @Nullable String error) {
		return new TaskSectionData(tasks.openForAccount(accountId), quick == null ? blank() : quick,
				"/accounts/" + accountId + "/sales-tasks", "/accounts/" + accountId, null, accountId, error);
	}

	private QuickAdd blank() {
		// the zone the pages show times in
		return QuickAdd.blank(LocalDate.now(clock.withZone(ZoneId.systemDefault())));
	}

	@Component
	static class OnDeal implements OpportunitySection {

		private final TaskSections sections;

		OnDeal(TaskSections sections) {
			this.sections = sections;
		}

		@Override
		public String template() {
			return DEAL_TEMPLATE;
		}

		@Override
		public boolean side() {
			return false;
		}

		@Override
		public int order() {
			return 30;
		}

		@Override
		public TaskSectionData load(OpportunityView deal) {
			return sections.forDeal(deal.id(), null, null);
		}

	}

	@Component
	static class OnAccount implements ProfileSection {

		private final TaskSections sections;

		OnAccount(TaskSections sections) {
			this.sections = sections;
		}

		@Override
		public Subject subject() {
			return Subject.ACCOUNT;
		}

		@Override
		public String template() {
			return ACCOUNT_TEMPLATE;
		}

		@Override
		public Column column() {
			return Column.MAIN;
		}

		/** Just above the timeline (20): what is to be done next above what was done. */
		@Override
		public int order() {
			return 18;
		}

		@Override
		public TaskSectionData load(long accountId) {
			return sections.forAccount(accountId, null, null);
		}

	}

}
