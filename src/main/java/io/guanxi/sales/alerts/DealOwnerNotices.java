package io.guanxi.sales.alerts;

import java.util.List;

import io.guanxi.customer.CustomerDirectory;
import io.guanxi.platform.AccessScope;
import io.guanxi.platform.AccessService;
import io.guanxi.platform.Notice;
import io.guanxi.platform.NoticeText;
import io.guanxi.relationship.BuyingRole;
import io.guanxi.relationship.ChangeKind;
import io.guanxi.relationship.KeyPersonChanged;
import io.guanxi.sales.internal.Opportunity;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import static io.guanxi.platform.NoticeText.message;
import static io.guanxi.platform.NoticeText.plain;

/**
 * Words a key person's change for someone working a deal at the account, as message keys
 * (they read it in their language). The deal's people and account are named as the deal
 * shows them to its team; a person not on the deal is named only when the reader may read
 * them, else "a key person".
 */
@Component
class DealOwnerNotices {

	static final String KIND = "sales.key-person";

	private static final String PREFIX = "sales.alerts.";

	private final CustomerDirectory directory;

	private final AccessService access;

	DealOwnerNotices(CustomerDirectory directory, AccessService access) {
		this.directory = directory;
		this.access = access;
	}

	Notice of(KeyPersonChanged event, Opportunity deal, boolean onDeal, long userId) {
		AccessScope everything = AccessScope.everything(userId);
		String accountName = directory.accountNames(List.of(event.accountId()), everything)
			.getOrDefault(event.accountId(), "");
		AccessScope scope = onDeal ? everything : access.scopeOf(userId);
		String name = directory.contactNames(List.of(event.contactId()), scope).get(event.contactId());
		NoticeText who = name == null ? message("relationship.alerts.someone") : plain(name);
		NoticeText account = plain(accountName);
		NoticeText day = plain(event.effectiveOn().toString());
		NoticeText dealName = plain(deal.name());
		String variant = onDeal ? "OnDeal" : "";
		NoticeText.Message text = event.kind() == ChangeKind.LEFT
				? message(PREFIX + "left" + variant, who, role(event.previousRole()), account, day, dealName)
				: message(PREFIX + "changed" + variant, who, message("relationship.alerts.kind." + event.kind()),
						account, day, dealName, now(event));
		return new Notice(KIND, "personnel-change:" + event.changeId(), text, "/opportunities/" + deal.id());
	}

	/** "Title (Role)" after the change, leaving out what is not recorded. */
	private static NoticeText now(KeyPersonChanged event) {
		String title = event.newTitle();
		BuyingRole role = event.newRole();
		if (title == null || title.isBlank()) {
			return role == null ? plain("—") : role(role);
		}
		return role == null ? plain(title) : message("relationship.alerts.withRole", plain(title), role(role));
	}

	private static NoticeText role(@Nullable BuyingRole role) {
		return message("relationship.role." + (role == null ? "none" : role.name()));
	}

}
