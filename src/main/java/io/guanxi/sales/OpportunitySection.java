package io.guanxi.sales;

/**
 * A part of the opportunity page that a feature of this module contributes (deal team,
 * registration, tasks, quotes), so that the page need not know them all. The page calls
 * {@link #load} only after it has checked that the user may read the opportunity.
 * <p>
 * The template must declare {@code th:fragment="section(data, deal)"}, where {@code data}
 * is what {@link #load} returned and {@code deal} the {@link OpportunityView}.
 */
public interface OpportunitySection {

	/** A Thymeleaf template name such as {@code sales/team/section}. */
	String template();

	/** Whether it goes in the wide main column or the narrow side column. */
	boolean side();

	/** Sections sort by this within their column, smallest first. */
	int order();

	Object load(OpportunityView deal);

}
