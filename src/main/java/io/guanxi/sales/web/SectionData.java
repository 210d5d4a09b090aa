package io.guanxi.sales.web;

/** An {@link io.guanxi.sales.OpportunitySection} ready for the template. */
public record SectionData(String template, Object data) {
}
