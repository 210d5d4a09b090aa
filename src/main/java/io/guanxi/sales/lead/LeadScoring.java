package io.guanxi.sales.lead;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.guanxi.customer.Industry;
import io.guanxi.sales.LeadScore;
import io.guanxi.sales.LeadScore.Reason;
import io.guanxi.sales.LeadSource;
import io.guanxi.sales.SaveLead;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A simple score anyone can check by hand (0–100): how complete the lead is (e-mail 15,
 * phone 15, title 10, company 10, what they need 10), how good its source has proven (up
 * to 20: a referral beats a cold call) and whether its industry is one we sell to (20 for
 * a target industry, 8 for another known one). Computed again on every change.
 */
@Component
public class LeadScoring {

	static final int SOURCE_MAXIMUM = 20;

	static final int INDUSTRY_MAXIMUM = 20;

	static final int OTHER_INDUSTRY = 8;

	private static final Map<LeadSource, Integer> SOURCE_POINTS = Map.of(LeadSource.REFERRAL, 20, LeadSource.EVENT, 15,
			LeadSource.PARTNER, 15, LeadSource.WEB_FORM, 12, LeadSource.ADVERTISING, 10, LeadSource.MANUAL, 8,
			LeadSource.API, 8, LeadSource.IMPORT, 5, LeadSource.COLD_CALL, 5, LeadSource.OTHER, 0);

	private final Set<Industry> targetIndustries;

	public LeadScoring(LeadSettings settings) {
		this.targetIndustries = Set.copyOf(settings.targetIndustries());
	}

	public LeadScore score(SaveLead lead) {
		List<Reason> reasons = new ArrayList<>();
		reasons.add(reason("sales.lead.score.email", lead.email() != null, 15));
		reasons.add(reason("sales.lead.score.phone", lead.mobile() != null || lead.phone() != null, 15));
		reasons.add(reason("sales.lead.score.title", lead.title() != null, 10));
		reasons.add(reason("sales.lead.score.company", lead.companyName() != null, 10));
		reasons.add(reason("sales.lead.score.need", lead.description() != null, 10));
		LeadSource source = lead.source() == null ? LeadSource.MANUAL : lead.source();
		reasons.add(new Reason("sales.lead.score.source", "sales.lead.source." + source, SOURCE_POINTS.get(source),
				SOURCE_MAXIMUM));
		reasons.add(industry(lead.industry()));
		return new LeadScore(reasons.stream().mapToInt(Reason::points).sum(), reasons);
	}

	private Reason industry(@Nullable Industry industry) {
		if (industry == null) {
			return new Reason("sales.lead.score.industryUnknown", null, 0, INDUSTRY_MAXIMUM);
		}
		boolean target = targetIndustries.contains(industry);
		return new Reason(target ? "sales.lead.score.industryTarget" : "sales.lead.score.industryOther",
				"customer.industry." + industry, target ? INDUSTRY_MAXIMUM : OTHER_INDUSTRY, INDUSTRY_MAXIMUM);
	}

	private static Reason reason(String key, boolean met, int points) {
		return new Reason(key, null, met ? points : 0, points);
	}

}
