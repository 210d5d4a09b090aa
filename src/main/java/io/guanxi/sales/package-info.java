/**
 * Sales: leads, opportunities and the sales process.
 */
@ApplicationModule(displayName = "Sales", allowedDependencies = { "platform", "customer", "relationship" })
@NullMarked
package io.guanxi.sales;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
