package io.guanxi.sales;

import io.guanxi.platform.BusinessRuleException;

/**
 * A conversion that would make a record like an existing one: the caller must name the
 * existing record or ask for a new one. Carries the candidates (the API lists them with
 * its 409).
 */
public class ConversionNeedsChoice extends BusinessRuleException {

	private final transient ConversionCandidates candidates;

	public ConversionNeedsChoice(ConversionCandidates candidates) {
		super("sales.lead.error.chooseDuplicates");
		this.candidates = candidates;
	}

	public ConversionCandidates candidates() {
		return candidates;
	}

}
