/**
 * Platform: users, teams, roles, record-level access, audit, API conventions, web layout
 * and i18n. Every other module builds on the types in this package.
 */
@ApplicationModule(displayName = "Platform")
@NullMarked
package io.guanxi.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
