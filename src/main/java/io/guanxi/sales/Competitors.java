package io.guanxi.sales;

import java.util.List;
import java.util.Objects;

import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.platform.StaleVersionException;
import io.guanxi.sales.internal.Competitor;
import io.guanxi.sales.internal.CompetitorRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The competitors on a deal (招投标: who else bids, their strengths and weaknesses). A
 * recorded competitor meets the {@link GateField#COMPETITOR} control point. Whoever may
 * read the deal reads them; whoever may change the deal changes them.
 */
@Service
@Transactional
public class Competitors {

	static final String RECORD_TYPE = "competitor";

	private final CompetitorRepository competitors;

	private final Opportunities opportunities;

	Competitors(CompetitorRepository competitors, Opportunities opportunities) {
		this.competitors = competitors;
		this.opportunities = opportunities;
	}

	/** The deal's competitors in the order they were recorded. */
	@Transactional(readOnly = true)
	public List<CompetitorView> of(long opportunityId) {
		opportunities.checkRead(opportunityId);
		return competitors.findByOpportunityIdOrderById(opportunityId).stream().map(Competitors::view).toList();
	}

	@Transactional(readOnly = true)
	public CompetitorView get(long opportunityId, long competitorId) {
		opportunities.checkRead(opportunityId);
		return view(found(opportunityId, competitorId));
	}

	public CompetitorView add(long opportunityId, SaveCompetitor command) {
		opportunities.checkChange(opportunityId);
		Competitor competitor = new Competitor(opportunityId, name(command));
		describe(competitor, command);
		return view(competitors.saveAndFlush(competitor));
	}

	public CompetitorView update(long opportunityId, long competitorId, SaveCompetitor command, long expectedVersion) {
		Competitor competitor = changeable(opportunityId, competitorId, expectedVersion);
		describe(competitor, command);
		return view(competitors.saveAndFlush(competitor));
	}

	public void delete(long opportunityId, long competitorId, long expectedVersion) {
		competitors.delete(changeable(opportunityId, competitorId, expectedVersion));
	}

	private Competitor changeable(long opportunityId, long competitorId, long expectedVersion) {
		opportunities.checkChange(opportunityId);
		Competitor competitor = found(opportunityId, competitorId);
		if (competitor.version() != expectedVersion) {
			throw new StaleVersionException(RECORD_TYPE, competitorId, expectedVersion, competitor.version());
		}
		return competitor;
	}

	/** The competitor, if it is one of this deal's: ids of other deals' leak nothing. */
	private Competitor found(long opportunityId, long competitorId) {
		return competitors.findById(competitorId)
			.filter(competitor -> competitor.opportunityId() == opportunityId)
			.orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, competitorId));
	}

	private static void describe(Competitor competitor, SaveCompetitor command) {
		competitor.describe(name(command), blankToNull(command.strengths()), blankToNull(command.weaknesses()));
	}

	private static String name(SaveCompetitor command) {
		return Objects.requireNonNull(command.name()).strip();
	}

	private static CompetitorView view(Competitor competitor) {
		return new CompetitorView(competitor.id(), competitor.opportunityId(), competitor.name(),
				competitor.strengths(), competitor.weaknesses(), competitor.version());
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
