package io.guanxi.relationship.alerts;

import java.util.Optional;

import io.guanxi.customer.AccountService;
import io.guanxi.platform.Notifications;
import io.guanxi.relationship.ChangeKind;
import io.guanxi.relationship.KeyPersonChanged;
import io.guanxi.relationship.internal.PersonnelChange;
import io.guanxi.relationship.internal.PersonnelChangeRepository;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells an account's owner when a key person there (decision maker, economic buyer,
 * champion) left or changed role, title or department, once the change has committed. The
 * owner is not told of a change they recorded themselves: they know. Joins are not
 * reported.
 * <p>
 * The owners of open opportunities at the account are to be told as well; the sales
 * module does not exist yet, and will listen to {@link KeyPersonChanged} itself.
 * <p>
 * Delivered at least once: {@link Notifications#notify} stores one notification per
 * change and user.
 */
@Component
class KeyPersonAlerts {

	private final PersonnelChangeRepository changes;

	private final AccountService accounts;

	private final KeyPersonNotices notices;

	private final Notifications notifications;

	KeyPersonAlerts(PersonnelChangeRepository changes, AccountService accounts, KeyPersonNotices notices,
			Notifications notifications) {
		this.changes = changes;
		this.accounts = accounts;
		this.notices = notices;
		this.notifications = notifications;
	}

	@ApplicationModuleListener(id = "relationship.key-person-alerts")
	void on(KeyPersonChanged event) {
		if (event.kind() == ChangeKind.JOINED) {
			return;
		}
		Optional<PersonnelChange> change = changes.findById(event.changeId());
		if (change.isEmpty()) {
			return;
		}
		// the change, not the event, says where it happened now: accounts merge
		long accountId = change.get().accountId();
		Optional<Long> owner = accounts.ownerOf(accountId);
		if (owner.isEmpty() || owner.get() == event.recordedBy()) {
			return;
		}
		notices.of(change.get(), owner.get()).ifPresent(notice -> notifications.notify(owner.get(), notice));
	}

}
