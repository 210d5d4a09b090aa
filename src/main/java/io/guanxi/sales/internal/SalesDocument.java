package io.guanxi.sales.internal;

import java.time.Instant;
import java.util.Objects;

import io.guanxi.sales.DocumentKind;
import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A file on an opportunity: a proposal, bid document, contract or other. */
@Entity
@Table(name = "sales_document")
public class SalesDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_document_seq")
	@SequenceGenerator(name = "sales_document_seq", sequenceName = "sales_document_seq", allocationSize = 50)
	private @Nullable Long id;

	private long opportunityId;

	@Enumerated(EnumType.STRING)
	private DocumentKind kind;

	private String fileName;

	private String contentType;

	private long sizeBytes;

	@Basic(fetch = FetchType.LAZY)
	private byte[] content;

	private @Nullable Long uploadedBy;

	private Instant uploadedAt;

	protected SalesDocument() {
		this.kind = DocumentKind.OTHER;
		this.fileName = "";
		this.contentType = "";
		this.content = new byte[0];
		this.uploadedAt = Instant.EPOCH;
	}

	public SalesDocument(long opportunityId, DocumentKind kind, String fileName, String contentType, byte[] content,
			@Nullable Long uploadedBy, Instant uploadedAt) {
		this.opportunityId = opportunityId;
		this.kind = kind;
		this.fileName = fileName;
		this.contentType = contentType;
		this.content = content.clone();
		this.sizeBytes = content.length;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	public long id() {
		return Objects.requireNonNull(id, "not saved yet");
	}

	public long opportunityId() {
		return opportunityId;
	}

	public DocumentKind kind() {
		return kind;
	}

	public String fileName() {
		return fileName;
	}

	public String contentType() {
		return contentType;
	}

	public long sizeBytes() {
		return sizeBytes;
	}

	public byte[] content() {
		return content.clone();
	}

	public @Nullable Long uploadedBy() {
		return uploadedBy;
	}

	public Instant uploadedAt() {
		return uploadedAt;
	}

}
