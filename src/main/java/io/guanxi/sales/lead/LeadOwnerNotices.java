package io.guanxi.sales.lead;

import java.util.Objects;

import io.guanxi.platform.Notice;
import io.guanxi.platform.NoticeText;
import io.guanxi.platform.Notifications;
import io.guanxi.sales.LeadAssigned;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a user when a lead was given to them by the rules, the web form or a colleague,
 * once the capture has committed; nobody is told of a lead they took themselves.
 * Delivered at least once, told once per lead and owner.
 */
@Component
class LeadOwnerNotices {

	private final LeadRepository leads;

	private final Notifications notifications;

	LeadOwnerNotices(LeadRepository leads, Notifications notifications) {
		this.leads = leads;
		this.notifications = notifications;
	}

	@ApplicationModuleListener(id = "sales.lead-owner-notices")
	void on(LeadAssigned event) {
		if (Objects.equals(event.byUserId(), event.ownerId())) {
			return;
		}
		leads.findById(event.leadId())
			.filter(lead -> lead.ownerId() == event.ownerId())
			.ifPresent(lead -> notifications.notify(event.ownerId(),
					new Notice("sales.lead-assigned", lead.id() + ":" + event.ownerId(),
							NoticeText.message("sales.lead.notice.assigned", NoticeText.plain(lead.fullName()),
									NoticeText.plain(lead.companyName() == null ? "—" : lead.companyName())),
							"/leads/" + lead.id())));
	}

}
