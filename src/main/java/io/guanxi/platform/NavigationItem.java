package io.guanxi.platform;

import org.jspecify.annotations.Nullable;

/**
 * An entry in the main navigation. Each module declares its own as a bean, so the layout
 * never has to know which modules are switched on.
 *
 * @param messageKey label
 * @param path link target
 * @param icon Bootstrap icon name
 * @param order position, low first
 * @param requiredRole only users with this role see it (null: everyone)
 */
public record NavigationItem(String messageKey, String path, String icon, int order, @Nullable Role requiredRole) {

	public boolean visibleTo(CurrentUser user) {
		return requiredRole == null || user.role() == requiredRole;
	}

}
