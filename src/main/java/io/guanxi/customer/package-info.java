/**
 * Customer: accounts (companies and individual customers) and the people at them; the
 * customer profile that every other module adds to.
 */
@ApplicationModule(displayName = "Customer", allowedDependencies = "platform")
@NullMarked
package io.guanxi.customer;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
