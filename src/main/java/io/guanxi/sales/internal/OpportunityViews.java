package io.guanxi.sales.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.guanxi.customer.CustomerDirectory;
import io.guanxi.platform.AccessScope;
import io.guanxi.platform.UserDirectory;
import io.guanxi.sales.OpportunityView;
import io.guanxi.sales.OpportunityView.ContactOnDeal;
import io.guanxi.sales.OpportunityView.Member;
import io.guanxi.sales.ProcessView;
import io.guanxi.sales.StageChangeView;
import org.springframework.stereotype.Component;

/**
 * Opportunities as their readers see them. A deal team member sees the names of the
 * account and the people on the deal even where the account is not theirs: membership is
 * the reason to read the deal.
 */
@Component
public class OpportunityViews {

	private final SalesProcessRepository processes;

	private final CustomerDirectory directory;

	private final UserDirectory users;

	private final OpportunityAccess access;

	OpportunityViews(SalesProcessRepository processes, CustomerDirectory directory, UserDirectory users,
			OpportunityAccess access) {
		this.processes = processes;
		this.directory = directory;
		this.users = users;
		this.access = access;
	}

	public OpportunityView of(Opportunity opportunity) {
		AccessScope scope = access.scope();
		AccessScope everything = AccessScope.everything(scope.userId());
		ProcessView process = ProcessViews.of(processes.findById(opportunity.processId()).orElseThrow());
		Set<Long> userIds = new HashSet<>();
		userIds.add(opportunity.ownerId());
		opportunity.members().forEach(member -> userIds.add(member.userId()));
		Map<Long, String> userNames = users.displayNames(userIds);
		Map<Long, String> contactNames = directory.contactNames(
				opportunity.contacts().stream().map(Opportunity.BuyingContact::contactId).toList(), everything);
		String accountName = directory.accountNames(List.of(opportunity.accountId()), everything)
			.getOrDefault(opportunity.accountId(), "");
		return new OpportunityView(opportunity.id(), opportunity.accountId(), accountName, opportunity.ownerId(),
				userNames.getOrDefault(opportunity.ownerId(), ""), opportunity.name(), opportunity.processId(),
				process.stage(opportunity.stageId()), opportunity.status(), opportunity.amount(),
				opportunity.currency(), opportunity.closeDate(), opportunity.probability(),
				opportunity.forecastCategory(), opportunity.nextStep(), opportunity.productLine(), opportunity.source(),
				opportunity.description(), opportunity.closeReason(), opportunity.stageEnteredAt(),
				opportunity.closedAt(),
				opportunity.contacts()
					.stream()
					.map(contact -> new ContactOnDeal(contact.contactId(),
							contactNames.getOrDefault(contact.contactId(), ""), contact.buyingRole()))
					.toList(),
				opportunity.members()
					.stream()
					.map(member -> new Member(member.userId(), userNames.getOrDefault(member.userId(), ""),
							member.role(), member.canEdit()))
					.toList(),
				opportunity.doneTasks().stream().map(Opportunity.DoneTask::stageTaskId).collect(Collectors.toSet()),
				access.canChange(opportunity, scope), opportunity.createdAt(), opportunity.version());
	}

	public List<StageChangeView> history(Opportunity opportunity, List<StageChange> changes) {
		ProcessView process = ProcessViews.of(processes.findById(opportunity.processId()).orElseThrow());
		Map<Long, String> names = users.displayNames(changes.stream()
			.map(StageChange::changedBy)
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.toSet()));
		return changes.stream()
			.map(change -> new StageChangeView(change.id(),
					change.fromStageId() == null ? null : process.stage(change.fromStageId()),
					process.stage(change.toStageId()), change.status(),
					change.changedBy() == null ? null : names.get(change.changedBy()), change.changedAt()))
			.toList();
	}

}
