package io.guanxi.sales.registration;

import java.util.LinkedHashSet;
import java.util.Set;

import io.guanxi.platform.CurrentUser;
import io.guanxi.platform.Notice;
import io.guanxi.platform.NoticeText;
import io.guanxi.platform.Notifications;
import io.guanxi.sales.internal.GateApprovers;
import io.guanxi.sales.internal.Opportunity;
import org.springframework.stereotype.Component;

/**
 * Tells the managers above the owner that a deal was registered, and the one who
 * registered it and the owner how it was decided or that it expired.
 */
@Component
class RegistrationNotices {

	static final String KIND = "sales.registration";

	private final Notifications notifications;

	private final GateApprovers approvers;

	RegistrationNotices(Notifications notifications, GateApprovers approvers) {
		this.notifications = notifications;
		this.approvers = approvers;
	}

	void registered(DealRegistration registration, Opportunity opportunity, CurrentUser actor) {
		approvers.of(opportunity.ownerId())
			.stream()
			.filter(approverId -> approverId != actor.id())
			.forEach(approverId -> notifications.notify(approverId,
					notice("sales.registration.notice.registered", registration, opportunity,
							NoticeText.plain(actor.displayName()), NoticeText.plain(opportunity.name()))));
	}

	void decided(DealRegistration registration, Opportunity opportunity, CurrentUser actor) {
		String key = registration.status() == RegistrationStatus.APPROVED ? "sales.registration.notice.approved"
				: "sales.registration.notice.rejected";
		concerned(registration, opportunity).forEach(userId -> notifications.notify(userId, notice(key, registration,
				opportunity, NoticeText.plain(actor.displayName()), NoticeText.plain(opportunity.name()))));
	}

	void expired(DealRegistration registration, Opportunity opportunity) {
		concerned(registration, opportunity)
			.forEach(userId -> notifications.notify(userId, notice("sales.registration.notice.expired", registration,
					opportunity, NoticeText.plain(opportunity.name()))));
	}

	private static Set<Long> concerned(DealRegistration registration, Opportunity opportunity) {
		Set<Long> userIds = new LinkedHashSet<>();
		userIds.add(registration.registeredBy());
		userIds.add(opportunity.ownerId());
		return userIds;
	}

	/**
	 * Once per registration round and kind of news: registering again tells them again.
	 */
	private static Notice notice(String key, DealRegistration registration, Opportunity opportunity,
			NoticeText... arguments) {
		return new Notice(KIND, key + ":" + registration.id() + ":" + registration.registeredAt().toEpochMilli(),
				NoticeText.message(key, arguments), "/opportunities/" + opportunity.id() + "/registration");
	}

}
