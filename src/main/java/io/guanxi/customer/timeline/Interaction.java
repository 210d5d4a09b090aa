package io.guanxi.customer.timeline;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import io.guanxi.customer.TimelineEntry.Channel;
import io.guanxi.customer.TimelineEntry.Direction;
import io.guanxi.platform.TrackedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
 * An entry on the timeline of an account and/or contacts: an interaction a user logged,
 * or an entry a module posted ({@link Channel#SYSTEM}, keyed by source and sourceRef).
 */
@Entity
@Table(name = "customer_interaction")
public class Interaction extends TrackedEntity {

	/** The source of interactions logged by hand. */
	public static final String LOGGED = "customer";

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_interaction_seq")
	@SequenceGenerator(name = "customer_interaction_seq", sequenceName = "customer_interaction_seq",
			allocationSize = 50)
	private @Nullable Long id;

	private @Nullable Long accountId;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	@Enumerated(EnumType.STRING)
	private @Nullable Direction direction;

	private String subject;

	/** A posted subject in no language yet: shown through this key and its arguments. */
	private @Nullable String subjectKey;

	private @Nullable String subjectArgs;

	private @Nullable String body;

	private @Nullable String outcome;

	private Instant occurredAt;

	private @Nullable Integer durationMinutes;

	private String source;

	private @Nullable String sourceRef;

	private @Nullable String link;

	private @Nullable Long authorId;

	@ElementCollection
	@CollectionTable(name = "customer_interaction_contact", joinColumns = @JoinColumn(name = "interaction_id"))
	@Column(name = "contact_id")
	private Set<Long> contactIds = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "customer_interaction_user", joinColumns = @JoinColumn(name = "interaction_id"))
	@Column(name = "user_id")
	private Set<Long> userIds = new LinkedHashSet<>();

	protected Interaction() {
		this.channel = Channel.NOTE;
		this.subject = "";
		this.occurredAt = Instant.EPOCH;
		this.source = LOGGED;
	}

	private Interaction(Channel channel, String source, @Nullable String sourceRef, @Nullable Long authorId) {
		this.channel = channel;
		this.subject = "";
		this.occurredAt = Instant.EPOCH;
		this.source = source;
		this.sourceRef = sourceRef;
		this.authorId = authorId;
	}

	/** An interaction a user logs by hand; fill it with {@link #describe}. */
	public static Interaction logged(long authorId) {
		return new Interaction(Channel.NOTE, LOGGED, null, authorId);
	}

	/** An entry posted by a module, unique by source and sourceRef. */
	public static Interaction posted(String source, String sourceRef, @Nullable Long accountId,
			Collection<Long> contactIds, Instant occurredAt, String subject, @Nullable String body,
			@Nullable String link) {
		Interaction entry = new Interaction(Channel.SYSTEM, source, sourceRef, null);
		entry.accountId = accountId;
		entry.contactIds.addAll(contactIds);
		entry.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
		entry.subject = subject;
		entry.body = body;
		entry.link = link;
		return entry;
	}

	/**
	 * A posted entry whose subject each reader sees in their language; {@code subject} is
	 * the text for where the key is not known.
	 */
	public static Interaction posted(String source, String sourceRef, @Nullable Long accountId,
			Collection<Long> contactIds, Instant occurredAt, String subject, String subjectKey, String subjectArgs,
			@Nullable String body, @Nullable String link) {
		Interaction entry = posted(source, sourceRef, accountId, contactIds, occurredAt, subject, body, link);
		entry.subjectKey = subjectKey;
		entry.subjectArgs = subjectArgs;
		return entry;
	}

	/** Sets what happened, with whom and when (for logging and for corrections). */
	public void describe(@Nullable Long accountId, Channel channel, @Nullable Direction direction, String subject,
			@Nullable String body, @Nullable String outcome, Instant occurredAt, @Nullable Integer durationMinutes,
			Collection<Long> contactIds, Collection<Long> userIds) {
		if (channel == Channel.SYSTEM || isSystem()) {
			throw new IllegalStateException("system entries are posted by their module, not edited");
		}
		this.accountId = accountId;
		this.channel = channel;
		this.direction = direction;
		this.subject = subject;
		this.body = body;
		this.outcome = outcome;
		// the database keeps microseconds; keyset cursors must compare equal to what it
		// stores
		this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
		this.durationMinutes = durationMinutes;
		this.contactIds.retainAll(contactIds);
		this.contactIds.addAll(contactIds);
		this.userIds.retainAll(userIds);
		this.userIds.addAll(userIds);
	}

	public boolean isSystem() {
		return channel == Channel.SYSTEM;
	}

	public long id() {
		return Objects.requireNonNull(id, "interaction not saved yet");
	}

	public @Nullable Long accountId() {
		return accountId;
	}

	public Channel channel() {
		return channel;
	}

	public @Nullable Direction direction() {
		return direction;
	}

	public String subject() {
		return subject;
	}

	public @Nullable String subjectKey() {
		return subjectKey;
	}

	public @Nullable String subjectArgs() {
		return subjectArgs;
	}

	public @Nullable String body() {
		return body;
	}

	public @Nullable String outcome() {
		return outcome;
	}

	public Instant occurredAt() {
		return occurredAt;
	}

	public @Nullable Integer durationMinutes() {
		return durationMinutes;
	}

	public String source() {
		return source;
	}

	public @Nullable String sourceRef() {
		return sourceRef;
	}

	public @Nullable String link() {
		return link;
	}

	public @Nullable Long authorId() {
		return authorId;
	}

	public Set<Long> contactIds() {
		return Set.copyOf(contactIds);
	}

	public Set<Long> userIds() {
		return Set.copyOf(userIds);
	}

}
