package io.guanxi.sales.lead;

import java.util.Locale;
import java.util.Objects;

import io.guanxi.customer.Industry;
import io.guanxi.platform.TrackedEntity;
import io.guanxi.sales.LeadSource;
import io.guanxi.sales.SaveLead;
import io.guanxi.sales.SaveLeadRule;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * An assignment rule: criteria on a new lead's region, city, industry and source (empty
 * ones match anything) and whom the lead goes to.
 */
@Entity
@Table(name = "sales_lead_rule")
public class LeadRule extends TrackedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_lead_rule_seq")
	@SequenceGenerator(name = "sales_lead_rule_seq", sequenceName = "sales_lead_rule_seq", allocationSize = 50)
	private @Nullable Long id;

	private int sortOrder;

	private String name;

	private @Nullable String region;

	private @Nullable String city;

	@Enumerated(EnumType.STRING)
	private @Nullable Industry industry;

	@Enumerated(EnumType.STRING)
	private @Nullable LeadSource source;

	private @Nullable Long assigneeUserId;

	private @Nullable Long assigneeTeamId;

	private boolean active;

	protected LeadRule() {
		this.name = "";
	}

	public LeadRule(int sortOrder, SaveLeadRule rule) {
		this.sortOrder = sortOrder;
		this.name = "";
		describe(rule);
	}

	public void describe(SaveLeadRule rule) {
		this.name = rule.name();
		this.region = rule.region();
		this.city = rule.city();
		this.industry = rule.industry();
		this.source = rule.source();
		this.assigneeUserId = rule.assigneeUserId();
		this.assigneeTeamId = rule.assigneeTeamId();
		this.active = rule.active();
	}

	/** Whether every criterion that is set holds for the lead. */
	public boolean matches(SaveLead lead, LeadSource leadSource) {
		return sameText(region, lead.region()) && sameText(city, lead.city())
				&& (industry == null || industry == lead.industry()) && (source == null || source == leadSource);
	}

	private static boolean sameText(@Nullable String criterion, @Nullable String value) {
		return criterion == null || (value != null
				&& criterion.strip().toLowerCase(Locale.ROOT).equals(value.strip().toLowerCase(Locale.ROOT)));
	}

	public void moveTo(int sortOrder) {
		this.sortOrder = sortOrder;
	}

	public long id() {
		return Objects.requireNonNull(id, "rule not saved yet");
	}

	public int sortOrder() {
		return sortOrder;
	}

	public String name() {
		return name;
	}

	public @Nullable String region() {
		return region;
	}

	public @Nullable String city() {
		return city;
	}

	public @Nullable Industry industry() {
		return industry;
	}

	public @Nullable LeadSource source() {
		return source;
	}

	public @Nullable Long assigneeUserId() {
		return assigneeUserId;
	}

	public @Nullable Long assigneeTeamId() {
		return assigneeTeamId;
	}

	public boolean active() {
		return active;
	}

}
