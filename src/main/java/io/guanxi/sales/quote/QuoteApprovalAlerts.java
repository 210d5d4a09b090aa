package io.guanxi.sales.quote;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.guanxi.customer.CustomerDirectory;
import io.guanxi.platform.AccessService;
import io.guanxi.platform.Notice;
import io.guanxi.platform.NoticeText;
import io.guanxi.platform.Notifications;
import io.guanxi.platform.Role;
import io.guanxi.platform.UserDirectory;
import io.guanxi.platform.UserDirectory.UserSummary;
import io.guanxi.sales.QuoteDecided;
import io.guanxi.sales.QuoteSubmitted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import static io.guanxi.platform.NoticeText.message;
import static io.guanxi.platform.NoticeText.plain;

/**
 * Tells the approver when a quote waits for approval, and the owner when it was approved
 * or rejected, once the step has committed. The approver is the nearest sales director or
 * administrator above the owner; an owner with none above them goes to the
 * administrators. Delivered at least once: {@link Notifications#notify} stores one
 * notification per submission or decision and user.
 */
@Component
class QuoteApprovalAlerts {

	static final String APPROVAL_KIND = "sales.quote-approval";

	static final String DECISION_KIND = "sales.quote-decision";

	private static final Set<Role> APPROVING_ROLES = Set.of(Role.SALES_MANAGER, Role.ADMIN);

	private final QuoteRepository quotes;

	private final UserDirectory users;

	private final Notifications notifications;

	private final CustomerDirectory directory;

	private final AccessService access;

	QuoteApprovalAlerts(QuoteRepository quotes, UserDirectory users, Notifications notifications,
			CustomerDirectory directory, AccessService access) {
		this.quotes = quotes;
		this.users = users;
		this.notifications = notifications;
		this.directory = directory;
		this.access = access;
	}

	@ApplicationModuleListener(id = "sales.quote-approval-alerts")
	void on(QuoteSubmitted event) {
		Optional<Quote> quote = quotes.findById(event.quoteId());
		if (!event.needsApproval() || quote.isEmpty()) {
			return;
		}
		String owner = name(event.ownerId());
		String source = "quote:" + event.quoteId() + ":submitted:" + event.submittedAt().toEpochMilli();
		for (UserSummary approver : approversOf(event.ownerId())) {
			NoticeText.Message text = message("sales.quote.notice.approvalRequested", plain(owner),
					plain(quote.get().number()), account(quote.get(), approver.id()), plain(amount(quote.get())),
					plain(quote.get().maxDiscount().stripTrailingZeros().toPlainString()));
			notifications.notify(approver.id(), new Notice(APPROVAL_KIND, source, text, link(quote.get())));
		}
	}

	@ApplicationModuleListener(id = "sales.quote-decision-alerts")
	void on(QuoteDecided event) {
		Optional<Quote> quote = quotes.findById(event.quoteId());
		if (quote.isEmpty()) {
			return;
		}
		NoticeText account = account(quote.get(), event.ownerId());
		NoticeText approver = plain(name(event.approverId()));
		NoticeText number = plain(quote.get().number());
		NoticeText.Message text = event.approved() ? message("sales.quote.notice.approved", approver, number, account)
				: message("sales.quote.notice.rejected", approver, number, account,
						plain(String.valueOf(quote.get().decisionNote())));
		String source = "quote:" + event.quoteId() + ":decided:" + event.decidedAt().toEpochMilli();
		notifications.notify(event.ownerId(), new Notice(DECISION_KIND, source, text, link(quote.get())));
	}

	/** The nearest approving manager above the owner; else every administrator. */
	List<UserSummary> approversOf(long ownerId) {
		Optional<UserSummary> manager = users.managersOf(ownerId)
			.stream()
			.filter(user -> user.enabled() && APPROVING_ROLES.contains(user.role()))
			.findFirst();
		if (manager.isPresent()) {
			return List.of(manager.get());
		}
		return users.activeWithRole(Role.ADMIN).stream().filter(admin -> admin.id() != ownerId).toList();
	}

	/** The account's name if the reader may read it, else "an account". */
	private NoticeText account(Quote quote, long readerId) {
		String name = directory.accountNames(List.of(quote.accountId()), access.scopeOf(readerId))
			.get(quote.accountId());
		return name == null ? message("sales.quote.notice.someAccount") : plain(name);
	}

	private String name(long userId) {
		return users.findById(userId).map(UserSummary::displayName).orElse("?");
	}

	private static String amount(Quote quote) {
		return String.format(Locale.ROOT, "%s %,.2f", quote.currency(), quote.total());
	}

	private static String link(Quote quote) {
		return "/quotes/" + quote.id();
	}

}
