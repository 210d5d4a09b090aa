package io.guanxi.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import io.guanxi.platform.notification.Notification;
import io.guanxi.platform.notification.NotificationCursor;
import io.guanxi.platform.notification.NotificationRepository;
import io.guanxi.platform.notification.NoticeArguments;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the application tells users (a key person left an account they own…): stored per
 * user, counted under the bell in the header, listed on the notifications page and in the
 * API. Modules call {@link #notify}; everything else acts for the signed-in user on their
 * own notifications only: another user's look as if they did not exist.
 */
@Service
@Transactional
public class Notifications {

	/** The bell counts up to this many and then shows "99+". */
	public static final int UNREAD_SHOWN = 99;

	static final String RECORD_TYPE = "notification";

	private final NotificationRepository notifications;

	private final NoticeArguments arguments;

	private final UserDirectory users;

	private final AccessService access;

	private final JdbcClient jdbc;

	private final Clock clock;

	Notifications(NotificationRepository notifications, NoticeArguments arguments, UserDirectory users,
			AccessService access, JdbcClient jdbc, Clock clock) {
		this.notifications = notifications;
		this.arguments = arguments;
		this.users = users;
		this.access = access;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Stores the notice for the user, unless they already have one of the same kind and
	 * source (an event delivered again) or are disabled (they cannot sign in to read it).
	 * Runs in the caller's transaction: call it from a listener after the change has
	 * committed.
	 * @return whether a notification was stored
	 */
	public boolean notify(long userId, Notice notice) {
		if (users.findById(userId).filter(UserDirectory.UserSummary::enabled).isEmpty()
				|| notifications.existsByUserIdAndKindAndSourceRef(userId, notice.kind(), notice.sourceRef())) {
			return false;
		}
		notifications.save(new Notification(userId, notice.kind(), notice.sourceRef(), notice.text().key(),
				arguments.write(notice.text().args()), notice.link(), clock.instant().truncatedTo(ChronoUnit.MICROS)));
		return true;
	}

	/**
	 * The signed-in user's unread notifications, counted up to {@link #UNREAD_SHOWN} + 1
	 * so that the header stays cheap however many pile up.
	 */
	@Transactional(readOnly = true)
	public int unreadCount() {
		return jdbc.sql("""
				select count(*) from (
				  select id from platform_notification where user_id = :userId and read_at is null limit :cap
				) unread""")
			.param("userId", access.currentUser().id())
			.param("cap", UNREAD_SHOWN + 1)
			.query(Integer.class)
			.single();
	}

	/**
	 * The signed-in user's notifications, newest first, {@code limit} at a time, in the
	 * language of the request.
	 * @param before the {@code next} of the previous page, or null for the newest
	 * @throws IllegalArgumentException when {@code before} is not a cursor of this list
	 */
	@Transactional(readOnly = true)
	public NotificationPage list(@Nullable String before, int limit) {
		long userId = access.currentUser().id();
		int size = Math.max(1, Math.min(limit, 100));
		Limit oneMore = Limit.of(size + 1);
		List<Notification> found;
		if (before == null || before.isBlank()) {
			found = notifications.findByUserIdOrderByCreatedAtDescIdDesc(userId, oneMore);
		}
		else {
			NotificationCursor cursor = NotificationCursor.parse(before);
			found = notifications.olderThan(userId, cursor.createdAt(), cursor.id(), oneMore);
		}
		List<Notification> page = found.subList(0, Math.min(size, found.size()));
		String next = found.size() > size ? NotificationCursor.after(page.get(size - 1)).encoded() : null;
		Locale locale = LocaleContextHolder.getLocale();
		return new NotificationPage(page.stream().map(n -> view(n, locale)).toList(), next);
	}

	/**
	 * Marks one of the signed-in user's notifications as read.
	 * @throws RecordNotFoundException when it is not theirs
	 */
	public NotificationView markRead(long id) {
		Notification notification = own(id);
		notification.markRead(clock.instant());
		return view(notification, LocaleContextHolder.getLocale());
	}

	/**
	 * Marks all the signed-in user's notifications as read; returns how many were unread.
	 */
	public int markAllRead() {
		return notifications.markAllRead(access.currentUser().id(), clock.instant());
	}

	private Notification own(long id) {
		return notifications.findByIdAndUserId(id, access.currentUser().id())
			.orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
	}

	private NotificationView view(Notification notification, Locale locale) {
		return new NotificationView(notification.id(), notification.kind(),
				arguments.render(notification.messageKey(), notification.messageArgs(), locale), notification.link(),
				notification.createdAt(), notification.readAt());
	}

}
