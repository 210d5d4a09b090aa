package io.guanxi.sales.timeline;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.guanxi.customer.TimelineEntryPosted;
import io.guanxi.platform.NoticeText;
import io.guanxi.sales.OpportunityStageChanged;
import io.guanxi.sales.OpportunityStatus;
import io.guanxi.sales.ProcessView;
import io.guanxi.sales.SalesProcesses;
import io.guanxi.sales.StageView;
import io.guanxi.sales.internal.Opportunity;
import io.guanxi.sales.internal.OpportunityRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import static io.guanxi.platform.NoticeText.message;
import static io.guanxi.platform.NoticeText.plain;

/**
 * Puts a deal's life on its account's timeline (and its contacts'): opened, moved, won,
 * lost, reopened. The subject is a message key, so each reader sees it in their language;
 * the entry's key is the change itself, so an event delivered again makes no second
 * entry.
 */
@Component
class DealTimeline {

	static final String SOURCE = "sales";

	private static final String PREFIX = "sales.timeline.";

	private final OpportunityRepository opportunities;

	private final SalesProcesses processes;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	DealTimeline(OpportunityRepository opportunities, SalesProcesses processes, MessageSource messages,
			ApplicationEventPublisher events) {
		this.opportunities = opportunities;
		this.processes = processes;
		this.messages = messages;
		this.events = events;
	}

	@ApplicationModuleListener(id = "sales.deal-timeline")
	void on(OpportunityStageChanged event) {
		Optional<Opportunity> found = opportunities.findById(event.opportunityId());
		if (found.isEmpty()) {
			return;
		}
		Opportunity deal = found.get();
		ProcessView process = processes.get(deal.processId());
		StageView to = process.stage(event.toStageId());
		StageView from = event.fromStageId() == null ? null : process.stage(event.fromStageId());
		List<Long> contacts = deal.contacts().stream().map(Opportunity.BuyingContact::contactId).toList();
		String body = event.status() == OpportunityStatus.LOST ? deal.closeReason() : null;
		events.publishEvent(TimelineEntryPosted.translated(SOURCE, sourceRef(event), event.accountId(), contacts,
				event.occurredAt(), subject(event, deal.name(), from, to), body,
				"/opportunities/" + event.opportunityId()));
	}

	/** One change of one deal: the deal, what it became, where and when. */
	static String sourceRef(OpportunityStageChanged event) {
		return "opportunity:" + event.opportunityId() + ":" + event.status() + ":" + event.toStageId() + ":"
				+ event.occurredAt();
	}

	private NoticeText.Message subject(OpportunityStageChanged event, String name, @Nullable StageView from,
			StageView to) {
		NoticeText deal = plain(name);
		return switch (event.status()) {
			case WON -> event.amount() == null ? message(PREFIX + "won", deal)
					: message(PREFIX + "wonAmount", deal, plain(amount(event.amount(), event.currency())));
			case LOST -> message(PREFIX + "lost", deal, stage(to));
			case OPEN -> {
				if (from == null) {
					yield message(PREFIX + "opened", deal, stage(to));
				}
				yield from.id() == to.id() ? message(PREFIX + "reopened", deal, stage(to))
						: message(PREFIX + "moved", deal, stage(from), stage(to));
			}
		};
	}

	/**
	 * The default process's stages are named by translations; an admin's own stages by
	 * what the admin typed.
	 */
	private NoticeText stage(StageView stage) {
		if (stage.code() != null) {
			String key = "sales.stage." + stage.code();
			if (messages.getMessage(key, null, null, Locale.ENGLISH) != null) {
				return message(key);
			}
		}
		return plain(stage.name());
	}

	private static String amount(BigDecimal amount, String currency) {
		return String.format(Locale.ROOT, "%,.2f %s", amount, currency);
	}

}
