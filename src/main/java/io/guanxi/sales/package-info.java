/**
 * Sales (销售管理): sales process templates with stages, checklists and control points (控制点);
 * opportunities (商机) that move through them with their deal team (虚拟团队); leads, deal
 * registration, pipeline and forecast, products, quotes, contracts and orders.
 * <p>
 * An opportunity may be read by anyone whose access scope covers its owner, and by the
 * members of its deal team; it may be changed by those whose scope covers the owner and
 * by team members given edit rights. Moving it forward through its stages needs every
 * control point of the stages it leaves.
 */
@ApplicationModule(displayName = "Sales", allowedDependencies = { "platform", "customer", "relationship" })
@NullMarked
package io.guanxi.sales;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
