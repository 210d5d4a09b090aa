package io.guanxi.sales;

/** What entering a stage means: the deal is still open, or it is won. */
public enum StageOutcome {

	OPEN, WON

}
