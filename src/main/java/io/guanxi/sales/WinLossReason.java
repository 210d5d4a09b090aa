package io.guanxi.sales;

/** Why a deal was won or lost, in categories a win/loss report can group by. */
public enum WinLossReason {

	PRICE, PRODUCT_FIT, RELATIONSHIP, TIMING, COMPETITOR, OTHER

}
