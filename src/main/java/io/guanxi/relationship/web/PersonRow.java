package io.guanxi.relationship.web;

import io.guanxi.relationship.OrgPerson;
import org.jspecify.annotations.Nullable;

/**
 * A person in the org chart's list, in reporting order.
 *
 * @param level how many managers above the person are on the chart (0 for the top)
 * @param managerName the manager's name, null when the person reports to nobody shown
 */
public record PersonRow(OrgPerson person, int level, @Nullable String managerName) {

}
