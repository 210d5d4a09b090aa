/**
 * Relationship: the customer's own relationships (客户本身的关系). Departments and positions
 * over time inside an account, the personnel changes between them, ties between
 * companies, between people and between our users and people; org charts as of a date,
 * corporate groups, network views and warm introduction paths.
 * <p>
 * Visibility follows the customer records: a position, change or tie is shown only when
 * the caller may read every account and contact it names, so a chart or a path never
 * shows a node the caller may not read. Changing an account's org structure needs the
 * right to change that account; a company link, the right to change one of its two
 * accounts; a person tie, the right to change one of its two contacts.
 */
@ApplicationModule(displayName = "Relationship", allowedDependencies = { "platform", "customer" })
@NullMarked
package io.guanxi.relationship;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
