package io.guanxi.sales;

import java.time.Instant;

import io.guanxi.customer.Industry;
import org.jspecify.annotations.Nullable;

/**
 * A lead with everything its page and the API show; {@code version} is the ETag. The
 * converted ids are set once the lead is {@link LeadStatus#CONVERTED}.
 */
public record LeadDetails(long id, @Nullable String familyName, @Nullable String givenName, String fullName,
		@Nullable String companyName, @Nullable String title, @Nullable String email, @Nullable String mobile,
		@Nullable String mobileE164, @Nullable String phone, @Nullable String phoneE164, @Nullable Industry industry,
		@Nullable String region, @Nullable String city, LeadSource source, @Nullable String campaign,
		@Nullable String description, long ownerId, String ownerName, LeadStatus status,
		@Nullable LeadDisqualifyReason disqualifyReason, @Nullable String disqualifyNote, LeadScore score,
		@Nullable Long convertedAccountId, @Nullable Long convertedContactId, @Nullable Long convertedOpportunityId,
		@Nullable Instant convertedAt, Instant createdAt, Instant updatedAt, long version) {

	/** The fields as a command, for an edit form that starts from what is stored. */
	public SaveLead toCommand() {
		return new SaveLead(familyName, givenName, companyName, title, email, mobile, phone, industry, region, city,
				source, campaign, description, ownerId);
	}

}
