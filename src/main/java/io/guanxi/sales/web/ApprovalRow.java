package io.guanxi.sales.web;

import io.guanxi.sales.ApprovalView;
import io.guanxi.sales.StageView;

/** An approval request on the opportunity page: the stage it is for, and the buttons. */
public record ApprovalRow(ApprovalView approval, StageView stage, boolean canDecide) {
}
