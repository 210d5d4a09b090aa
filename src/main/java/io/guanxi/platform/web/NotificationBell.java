package io.guanxi.platform.web;

import io.guanxi.platform.Notifications;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * The bell in the header. It counts the unread notifications only when a page draws it,
 * so fragments and redirects cost no query.
 */
public final class NotificationBell {

	private static final Logger log = LoggerFactory.getLogger(NotificationBell.class);

	private final Notifications notifications;

	private @Nullable Integer unread;

	NotificationBell(Notifications notifications) {
		this.notifications = notifications;
	}

	/** The unread count as the bell shows it: empty for none, "99+" for many. */
	public static String label(int unread) {
		if (unread <= 0) {
			return "";
		}
		return unread > Notifications.UNREAD_SHOWN ? Notifications.UNREAD_SHOWN + "+" : String.valueOf(unread);
	}

	public String count() {
		return label(unread());
	}

	/**
	 * Up to {@link Notifications#UNREAD_SHOWN} + 1; 0 when the count fails, since the
	 * header must not break the page around it (an error page included).
	 */
	public int unread() {
		if (unread == null) {
			try {
				unread = notifications.unreadCount();
			}
			catch (DataAccessException ex) {
				log.warn("Unread notifications not counted: {}", ex.getMessage());
				unread = 0;
			}
		}
		return unread;
	}

}
