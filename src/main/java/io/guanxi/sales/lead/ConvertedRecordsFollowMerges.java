package io.guanxi.sales.lead;

import io.guanxi.customer.AccountsMerged;
import io.guanxi.customer.ContactsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A converted lead keeps pointing at what it became when that account or contact is
 * merged into another: in the merge's own transaction, before the merged record goes.
 */
@Component
class ConvertedRecordsFollowMerges {

	private final LeadRepository leads;

	ConvertedRecordsFollowMerges(LeadRepository leads) {
		this.leads = leads;
	}

	@EventListener
	void on(AccountsMerged merged) {
		leads.findByConvertedAccountId(merged.mergedId()).forEach(lead -> lead.repointAccount(merged.survivorId()));
	}

	@EventListener
	void on(ContactsMerged merged) {
		leads.findByConvertedContactId(merged.mergedId()).forEach(lead -> lead.repointContact(merged.survivorId()));
	}

}
