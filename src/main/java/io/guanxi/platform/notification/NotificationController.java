package io.guanxi.platform.notification;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import io.guanxi.platform.NotificationPage;
import io.guanxi.platform.NotificationView;
import io.guanxi.platform.Notifications;
import io.guanxi.platform.web.NotificationBell;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.FragmentsRendering;

/** The signed-in user's notifications page; others' notifications answer 404. */
@Controller
@RequestMapping("/notifications")
class NotificationController {

	static final int PAGE_SIZE = 20;

	private static final String LIST = "redirect:/notifications";

	private final Notifications notifications;

	NotificationController(Notifications notifications) {
		this.notifications = notifications;
	}

	/** Newest first; an unreadable {@code before} (an old bookmark) starts at the top. */
	@GetMapping
	String list(@RequestParam(required = false) @Nullable String before, Model model) {
		NotificationPage page;
		try {
			page = notifications.list(before, PAGE_SIZE);
		}
		catch (IllegalArgumentException ex) {
			before = null;
			page = notifications.list(null, PAGE_SIZE);
		}
		model.addAttribute("page", page);
		model.addAttribute("before", before == null || before.isBlank() ? null : before);
		model.addAttribute("unread", notifications.unreadCount());
		return "platform/notifications";
	}

	/**
	 * Opens the record a notification is about and marks it read, as a click in a mail
	 * reader does. A GET, so it opens in a new tab too; forging it could only mark one's
	 * own notification read, and the session cookie (SameSite=Lax) travels only on
	 * top-level navigation.
	 */
	@GetMapping("/{id}/open")
	String open(@PathVariable long id) {
		NotificationView notification = notifications.markRead(id);
		return notification.link() == null ? LIST : "redirect:" + notification.link();
	}

	@PostMapping("/{id}/read")
	String markRead(@PathVariable long id) {
		notifications.markRead(id);
		return LIST;
	}

	/** From the list through htmx: the row again, and the bell out of band. */
	@HxRequest
	@PostMapping("/{id}/read")
	FragmentsRendering markReadInPlace(@PathVariable long id, Model model) {
		model.addAttribute("n", notifications.markRead(id));
		model.addAttribute("count", NotificationBell.label(notifications.unreadCount()));
		model.addAttribute("oob", true);
		return FragmentsRendering.fragment("platform/notifications :: item")
			.fragment("layout :: bell(count=${count})")
			.build();
	}

	@PostMapping("/read-all")
	String markAllRead(RedirectAttributes redirect) {
		redirect.addFlashAttribute("markedAll", notifications.markAllRead());
		return LIST;
	}

}
