package io.guanxi.sales.lead;

import java.util.List;

import io.guanxi.customer.Industry;
import io.guanxi.sales.LeadScore;
import io.guanxi.sales.LeadSource;
import io.guanxi.sales.SaveLead;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class LeadScoringTests {

	private final LeadScoring scoring = new LeadScoring(
			new LeadSettings(List.of(Industry.TECHNOLOGY), new LeadSettings.WebForm("", null, null, 5, null)));

	@Test
	void aCompleteReferralFromATargetIndustryScoresFull() {
		LeadScore score = scoring.score(new SaveLead("张", "伟", "Firm", "CTO", "zw@example.com", "13800138000", null,
				Industry.TECHNOLOGY, null, null, LeadSource.REFERRAL, null, "Needs 200 seats", null));

		assertThat(score.total()).isEqualTo(100);
		assertThat(score.reasons()).allMatch(LeadScore.Reason::met);
	}

	@Test
	void eachReasonSaysWhatItEarnedOutOfItsMost() {
		LeadScore score = scoring.score(new SaveLead("张", null, null, null, null, "13800138000", null, Industry.RETAIL,
				null, null, LeadSource.COLD_CALL, null, null, null));

		assertThat(score.reasons())
			.extracting(LeadScore.Reason::messageKey, LeadScore.Reason::detailKey, LeadScore.Reason::points,
					LeadScore.Reason::maximum)
			.containsExactly(tuple("sales.lead.score.email", null, 0, 15),
					tuple("sales.lead.score.phone", null, 15, 15), tuple("sales.lead.score.title", null, 0, 10),
					tuple("sales.lead.score.company", null, 0, 10), tuple("sales.lead.score.need", null, 0, 10),
					tuple("sales.lead.score.source", "sales.lead.source.COLD_CALL", 5, 20),
					tuple("sales.lead.score.industryOther", "customer.industry.RETAIL", 8, 20));
		assertThat(score.total()).isEqualTo(15 + 5 + 8);
	}

	@Test
	void anUnknownIndustryAndNoSourceScoreAsTypedByHand() {
		LeadScore score = scoring.score(SaveLead.of("Chen", "Emily", null, "emily@example.com"));

		assertThat(score.total()).isEqualTo(15 + 8);
		assertThat(score.reasons().get(6).messageKey()).isEqualTo("sales.lead.score.industryUnknown");
	}

}
