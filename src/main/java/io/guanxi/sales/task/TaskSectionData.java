package io.guanxi.sales.task;

import java.util.List;

import io.guanxi.sales.SalesTaskView;
import io.guanxi.sales.SalesTasks;
import org.jspecify.annotations.Nullable;

/**
 * Open tasks of a deal or an account for its page, with the quick-add form.
 *
 * @param base the path the section's forms post to ({@code /accounts/7/sales-tasks})
 * @param back the page to return to from a task's form
 * @param error a refused tick, shown above the list
 */
public record TaskSectionData(List<SalesTaskView> open, QuickAdd quick, String base, String back,
		@Nullable Long opportunityId, @Nullable Long accountId, @Nullable String error) {

	/** The section's id on its page. */
	public static final String ANCHOR = "sales-tasks";

	/** Whether the section lists as many as it may: there may be more. */
	public boolean full() {
		return open.size() >= SalesTasks.SECTION_LIMIT;
	}

}
