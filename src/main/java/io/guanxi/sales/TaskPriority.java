package io.guanxi.sales;

/** How much a sales task matters; lists show high ones first within a day. */
public enum TaskPriority {

	HIGH, NORMAL, LOW

}
