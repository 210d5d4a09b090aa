package io.guanxi.platform.notification;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * Something the application tells one user, stored as a message key and arguments so that
 * it reads in the language of the moment it is read. Only its read mark changes, and only
 * forward, so it needs no version.
 */
@Entity
@Table(name = "platform_notification")
public class Notification {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "platform_notification_seq")
	@SequenceGenerator(name = "platform_notification_seq", sequenceName = "platform_notification_seq",
			allocationSize = 50)
	private @Nullable Long id;

	private long userId;

	private String kind;

	private String sourceRef;

	private String messageKey;

	private String messageArgs;

	private @Nullable String link;

	private Instant createdAt;

	private @Nullable Instant readAt;

	protected Notification() {
		this.kind = "";
		this.sourceRef = "";
		this.messageKey = "";
		this.messageArgs = "[]";
		this.createdAt = Instant.EPOCH;
	}

	public Notification(long userId, String kind, String sourceRef, String messageKey, String messageArgs,
			@Nullable String link, Instant createdAt) {
		this.userId = userId;
		this.kind = kind;
		this.sourceRef = sourceRef;
		this.messageKey = messageKey;
		this.messageArgs = messageArgs;
		this.link = link;
		this.createdAt = createdAt;
	}

	public long id() {
		return Objects.requireNonNull(id, "not saved yet");
	}

	public long userId() {
		return userId;
	}

	public String kind() {
		return kind;
	}

	public String messageKey() {
		return messageKey;
	}

	/** The arguments as {@link NoticeArguments} wrote them. */
	public String messageArgs() {
		return messageArgs;
	}

	public @Nullable String link() {
		return link;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public @Nullable Instant readAt() {
		return readAt;
	}

	/** The first read counts: marking it again keeps that time. */
	public void markRead(Instant at) {
		if (readAt == null) {
			readAt = at;
		}
	}

}
