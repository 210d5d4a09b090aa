package io.guanxi.sales;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.platform.UserDirectory;
import io.guanxi.sales.internal.OpportunityAccess;
import io.guanxi.sales.internal.SalesDocument;
import io.guanxi.sales.internal.SalesDocumentRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Proposals, bid documents, contracts and other files on a deal, kept in the database. An
 * attached file of a kind meets the {@link GateKind#DOCUMENT} control point for that
 * kind. Whoever may read the deal lists and downloads them; whoever may change the deal
 * uploads and deletes them. Files never change, so they carry no version: a new file is
 * uploaded instead.
 */
@Service
@Transactional
public class SalesDocuments {

	static final String RECORD_TYPE = "salesDocument";

	private static final String OCTET_STREAM = MediaType.APPLICATION_OCTET_STREAM_VALUE;

	private final SalesDocumentRepository documents;

	private final Opportunities opportunities;

	private final OpportunityAccess access;

	private final UserDirectory users;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final DataSize maxSize;

	SalesDocuments(SalesDocumentRepository documents, Opportunities opportunities, OpportunityAccess access,
			UserDirectory users, JdbcClient jdbc, Clock clock,
			@Value("${guanxi.sales.documents.max-file-size:10MB}") DataSize maxSize) {
		this.documents = documents;
		this.opportunities = opportunities;
		this.access = access;
		this.users = users;
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxSize = maxSize;
	}

	/** The largest file that {@link #upload} takes. */
	public DataSize maxSize() {
		return maxSize;
	}

	/**
	 * The deal's files, newest first, without their content (which may be megabytes
	 * each).
	 */
	@Transactional(readOnly = true)
	public List<DocumentView> of(long opportunityId) {
		opportunities.checkRead(opportunityId);
		List<Row> rows = jdbc.sql("""
				select id, kind, file_name, content_type, size_bytes, uploaded_by, uploaded_at
				from sales_document where opportunity_id = :opportunityId order by uploaded_at desc, id desc""")
			.param("opportunityId", opportunityId)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
					rs.getObject(6) == null ? null : rs.getLong(6), rs.getTimestamp(7).toInstant()))
			.list();
		Set<Long> uploaders = new HashSet<>();
		rows.stream().map(Row::uploadedBy).filter(Objects::nonNull).forEach(uploaders::add);
		Map<Long, String> names = users.displayNames(uploaders);
		return rows.stream()
			.map(row -> new DocumentView(row.id(), opportunityId, DocumentKind.valueOf(row.kind()), row.fileName(),
					row.contentType(), row.sizeBytes(), row.uploadedBy() == null ? null : names.get(row.uploadedBy()),
					row.uploadedAt()))
			.toList();
	}

	/**
	 * Attaches a file. Its name loses any folder path; an unknown or malformed content
	 * type is stored as {@code application/octet-stream}.
	 */
	public DocumentView upload(long opportunityId, DocumentKind kind, @Nullable String fileName,
			@Nullable String contentType, byte[] content) {
		opportunities.checkChange(opportunityId);
		String name = cleanName(fileName);
		if (content.length == 0) {
			throw new BusinessRuleException("sales.document.error.empty", name);
		}
		if (content.length > maxSize.toBytes()) {
			throw new BusinessRuleException("sales.document.error.tooLarge", name, maxSize.toMegabytes());
		}
		Instant now = clock.instant();
		SalesDocument document = documents.saveAndFlush(new SalesDocument(opportunityId, kind, name,
				cleanType(contentType), content, access.currentUser().id(), now));
		String uploader = users.displayNames(Set.of(access.currentUser().id())).get(access.currentUser().id());
		return new DocumentView(document.id(), opportunityId, kind, name, document.contentType(), content.length,
				uploader, now);
	}

	@Transactional(readOnly = true)
	public DocumentFile download(long opportunityId, long documentId) {
		opportunities.checkRead(opportunityId);
		SalesDocument document = found(opportunityId, documentId);
		return new DocumentFile(document.id(), document.fileName(), document.contentType(), document.content());
	}

	public void delete(long opportunityId, long documentId) {
		opportunities.checkChange(opportunityId);
		found(opportunityId, documentId);
		documents.deleteById(documentId);
	}

	/** The file, if it is one of this deal's: ids of other deals' files leak nothing. */
	private SalesDocument found(long opportunityId, long documentId) {
		return documents.findById(documentId)
			.filter(document -> document.opportunityId() == opportunityId)
			.orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, documentId));
	}

	/**
	 * The last part of the name a browser or client sent, without control characters, at
	 * most 255 characters with its extension kept.
	 */
	static String cleanName(@Nullable String fileName) {
		String name = fileName == null ? "" : fileName.replaceAll("\\p{Cntrl}", "");
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
		if (name.isEmpty()) {
			return "document";
		}
		if (name.length() <= 255) {
			return name;
		}
		int dot = name.lastIndexOf('.');
		String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
		return name.substring(0, 255 - extension.length()) + extension;
	}

	static String cleanType(@Nullable String contentType) {
		if (contentType == null || contentType.isBlank() || contentType.length() > 100) {
			return OCTET_STREAM;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return type.isConcrete() ? type.toString() : OCTET_STREAM;
		}
		catch (InvalidMediaTypeException ex) {
			return OCTET_STREAM;
		}
	}

	private record Row(long id, String kind, String fileName, String contentType, long sizeBytes,
			@Nullable Long uploadedBy, Instant uploadedAt) {
	}

}
