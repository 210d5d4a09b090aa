package io.guanxi.sales.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.guanxi.platform.TrackedEntity;
import io.guanxi.relationship.BuyingRole;
import io.guanxi.sales.ForecastCategory;
import io.guanxi.sales.OpportunityStatus;
import io.guanxi.sales.StageOutcome;
import io.guanxi.sales.TeamRole;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * An opportunity (商机) with its buying contacts, deal team and done checklist tasks. The
 * collections belong to the aggregate, so that a change to any of them bumps its version
 * and two concurrent changes cannot both win.
 */
@Entity
@Table(name = "sales_opportunity")
public class Opportunity extends TrackedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_opportunity_seq")
	@SequenceGenerator(name = "sales_opportunity_seq", sequenceName = "sales_opportunity_seq", allocationSize = 50)
	private @Nullable Long id;

	private long accountId;

	private long ownerId;

	private String name;

	private long processId;

	private long stageId;

	@Enumerated(EnumType.STRING)
	private OpportunityStatus status;

	private @Nullable BigDecimal amount;

	private String currency;

	private @Nullable LocalDate closeDate;

	private int probability;

	@Enumerated(EnumType.STRING)
	private ForecastCategory forecastCategory;

	private @Nullable String nextStep;

	private @Nullable String productLine;

	private @Nullable String source;

	private @Nullable String description;

	private @Nullable String closeReason;

	private Instant stageEnteredAt;

	private @Nullable Instant closedAt;

	@ElementCollection
	@CollectionTable(name = "sales_opportunity_contact", joinColumns = @JoinColumn(name = "opportunity_id"))
	private Set<BuyingContact> contacts = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "sales_opportunity_member", joinColumns = @JoinColumn(name = "opportunity_id"))
	private Set<TeamMember> members = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "sales_opportunity_task", joinColumns = @JoinColumn(name = "opportunity_id"))
	private Set<DoneTask> doneTasks = new LinkedHashSet<>();

	protected Opportunity() {
		this.name = "";
		this.status = OpportunityStatus.OPEN;
		this.currency = "CNY";
		this.forecastCategory = ForecastCategory.PIPELINE;
		this.stageEnteredAt = Instant.EPOCH;
	}

	public Opportunity(long accountId, long ownerId, String name, SalesProcess process, Instant now) {
		this();
		this.accountId = accountId;
		this.ownerId = ownerId;
		this.name = name;
		this.processId = process.id();
		enter(process.firstStage(), now);
	}

	public long id() {
		return Objects.requireNonNull(id, "not saved yet");
	}

	public long accountId() {
		return accountId;
	}

	public long ownerId() {
		return ownerId;
	}

	public String name() {
		return name;
	}

	public long processId() {
		return processId;
	}

	public long stageId() {
		return stageId;
	}

	public OpportunityStatus status() {
		return status;
	}

	public @Nullable BigDecimal amount() {
		return amount;
	}

	public String currency() {
		return currency;
	}

	public @Nullable LocalDate closeDate() {
		return closeDate;
	}

	public int probability() {
		return probability;
	}

	public ForecastCategory forecastCategory() {
		return forecastCategory;
	}

	public @Nullable String nextStep() {
		return nextStep;
	}

	public @Nullable String productLine() {
		return productLine;
	}

	public @Nullable String source() {
		return source;
	}

	public @Nullable String description() {
		return description;
	}

	public @Nullable String closeReason() {
		return closeReason;
	}

	public Instant stageEnteredAt() {
		return stageEnteredAt;
	}

	public @Nullable Instant closedAt() {
		return closedAt;
	}

	public Set<BuyingContact> contacts() {
		return contacts;
	}

	public Set<TeamMember> members() {
		return members;
	}

	public Set<DoneTask> doneTasks() {
		return doneTasks;
	}

	public void describe(String name, @Nullable BigDecimal amount, String currency, @Nullable LocalDate closeDate,
			@Nullable String nextStep, @Nullable String productLine, @Nullable String source,
			@Nullable String description) {
		this.name = name;
		this.amount = amount;
		this.currency = currency;
		this.closeDate = closeDate;
		this.nextStep = nextStep;
		this.productLine = productLine;
		this.source = source;
		this.description = description;
	}

	/** The owner's own view of the chances; the stage sets both again when it changes. */
	public void forecast(int probability, ForecastCategory category) {
		this.probability = probability;
		this.forecastCategory = category;
	}

	public void assignTo(long ownerId) {
		this.ownerId = ownerId;
	}

	/** Enters a stage; a won stage closes the deal as won, an open one (re)opens it. */
	public void enter(Stage stage, Instant now) {
		this.stageId = stage.id();
		this.stageEnteredAt = now;
		this.probability = stage.probability();
		if (stage.outcome() == StageOutcome.WON) {
			close(OpportunityStatus.WON, closeReason, now);
		}
		else {
			this.status = OpportunityStatus.OPEN;
			this.closedAt = null;
			this.forecastCategory = ForecastCategory.forProbability(probability);
		}
	}

	public void close(OpportunityStatus outcome, @Nullable String reason, Instant now) {
		this.status = outcome;
		this.closeReason = reason;
		this.closedAt = now;
		this.probability = outcome == OpportunityStatus.WON ? 100 : 0;
		this.forecastCategory = ForecastCategory.CLOSED;
	}

	public boolean taskDone(long stageTaskId) {
		return doneTasks.stream().anyMatch(task -> task.stageTaskId() == stageTaskId);
	}

	public void markTask(long stageTaskId, boolean done, long userId, Instant now) {
		doneTasks.removeIf(task -> task.stageTaskId() == stageTaskId);
		if (done) {
			doneTasks.add(new DoneTask(stageTaskId, userId, now));
		}
	}

	public void putContact(long contactId, @Nullable BuyingRole role) {
		contacts.removeIf(contact -> contact.contactId() == contactId);
		contacts.add(new BuyingContact(contactId, role));
	}

	public void removeContact(long contactId) {
		contacts.removeIf(contact -> contact.contactId() == contactId);
	}

	public Optional<TeamMember> member(long userId) {
		return members.stream().filter(member -> member.userId() == userId).findFirst();
	}

	public void putMember(long userId, TeamRole role, boolean canEdit) {
		members.removeIf(member -> member.userId() == userId);
		members.add(new TeamMember(userId, role, canEdit));
	}

	public void removeMember(long userId) {
		members.removeIf(member -> member.userId() == userId);
	}

	/** A customer's person on the deal and their part in the buying decision. */
	@Embeddable
	public record BuyingContact(long contactId, @Enumerated(EnumType.STRING) @Nullable BuyingRole buyingRole) {
	}

	/**
	 * A user on the deal team; members read the deal, and change it when they can edit.
	 */
	@Embeddable
	public record TeamMember(long userId, @Enumerated(EnumType.STRING) TeamRole role, boolean canEdit) {
	}

	/** A checklist task done, by whom and when. */
	@Embeddable
	public record DoneTask(long stageTaskId, @Nullable Long doneBy, Instant doneAt) {
	}

}
