package io.guanxi.sales.quote;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
import io.guanxi.sales.internal.GateApprovers;
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

	private final QuoteRepository quotes;

	private final UserDirectory users;

	private final Notifications notifications;

	private final CustomerDirectory directory;

	private final AccessService access;

	private final GateApprovers approvers;

	QuoteApprovalAlerts(QuoteRepository quotes, UserDirectory users, Notifications notifications,
			CustomerDirectory directory, AccessService access, GateApprovers approvers) {
		this.approvers = approvers;
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
		for (long approver : approversOf(event.ownerId())) {
			NoticeText.Message text = message("sales.quote.notice.approvalRequested", plain(owner),
					plain(quote.get().number()), account(quote.get(), approver), plain(amount(quote.get())),
					plain(quote.get().maxDiscount().stripTrailingZeros().toPlainString()));
			notifications.notify(approver, new Notice(APPROVAL_KIND, source, text, link(quote.get())));
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

	/**
	 * The sales directors and administrators above the owner (as for stage approvals);
	 * else every administrator.
	 */
	List<Long> approversOf(long ownerId) {
		List<Long> managers = approvers.of(ownerId);
		if (!managers.isEmpty()) {
			return managers;
		}
		return users.activeWithRole(Role.ADMIN)
			.stream()
			.map(UserSummary::id)
			.filter(admin -> admin != ownerId)
			.toList();
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
