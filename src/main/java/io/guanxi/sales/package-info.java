/**
 * Sales: opportunities, the product catalogue and price books, quotes with their discount
 * approval, contracts and orders (the customer's purchase history).
 */
@ApplicationModule(displayName = "Sales", allowedDependencies = { "platform", "customer", "relationship" })
@NullMarked
package io.guanxi.sales;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
