package io.guanxi.platform.web;

import java.util.Comparator;
import java.util.List;

import io.guanxi.platform.AccessService;
import io.guanxi.platform.NavigationItem;
import io.guanxi.platform.Notifications;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the shared layout needs on every page: the navigation the user may see and the
 * notification bell.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

	private final AccessService access;

	private final List<NavigationItem> navigation;

	private final Notifications notifications;

	LayoutModel(AccessService access, List<NavigationItem> navigation, Notifications notifications) {
		this.access = access;
		this.notifications = notifications;
		this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
	}

	/** Which navigation item is active. */
	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	@ModelAttribute("navigation")
	List<NavigationItem> navigation() {
		return access.findCurrentUser()
			.map(user -> navigation.stream().filter(item -> item.visibleTo(user)).toList())
			.orElse(List.of());
	}

	/** Null when nobody is signed in: then the layout draws no bell. */
	@ModelAttribute("bell")
	@Nullable NotificationBell bell() {
		return access.findCurrentUser().isPresent() ? new NotificationBell(notifications) : null;
	}

}
