package io.guanxi.platform.notification;

import io.guanxi.platform.NotificationPage;
import io.guanxi.platform.NotificationView;
import io.guanxi.platform.Notifications;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications",
		description = "The caller's own notifications, texts in the language of the request (Accept-Language)")
class NotificationApiController {

	private static final String CURSOR_HELP = "The `next` value of the previous page; leave out for the newest";

	private final Notifications notifications;

	NotificationApiController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping
	@Operation(
			summary = "The caller's notifications, newest first, keyset-paged: pass `next` as `before` for older ones")
	NotificationPage list(@Parameter(description = CURSOR_HELP) @RequestParam(required = false) @Nullable String before,
			@RequestParam(defaultValue = "20") int limit) {
		try {
			return notifications.list(before, limit);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "`before` is not a cursor from this API");
		}
	}

	@GetMapping("/unread-count")
	@Operation(summary = "How many of the caller's notifications are unread, counted up to 100")
	UnreadCount unreadCount() {
		return new UnreadCount(notifications.unreadCount());
	}

	@PostMapping("/{id}/read")
	@Operation(summary = "Mark one of the caller's notifications as read (again is harmless); others' answer 404")
	NotificationView markRead(@PathVariable long id) {
		return notifications.markRead(id);
	}

	@PostMapping("/read-all")
	@Operation(summary = "Mark all the caller's notifications as read")
	MarkedRead markAllRead() {
		return new MarkedRead(notifications.markAllRead());
	}

	record UnreadCount(int unread) {

	}

	/**
	 * @param marked how many were unread
	 */
	record MarkedRead(int marked) {

	}

}
