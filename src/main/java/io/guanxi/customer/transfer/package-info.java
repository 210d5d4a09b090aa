/**
 * Import of customer records from CSV and XLSX files (mapping, preview, background job,
 * error report) and export of list views to CSV and XLSX.
 */
@NullMarked
package io.guanxi.customer.transfer;

import org.jspecify.annotations.NullMarked;
