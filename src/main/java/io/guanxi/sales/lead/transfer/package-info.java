/**
 * Import of leads from a CSV file, every row or none, through the lead service so that
 * the assignment rules, scores and access checks apply to each row.
 */
@NullMarked
package io.guanxi.sales.lead.transfer;

import org.jspecify.annotations.NullMarked;
