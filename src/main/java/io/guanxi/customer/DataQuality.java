package io.guanxi.customer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.guanxi.customer.ProfileSection.Subject;
import io.guanxi.customer.QualityReport.Figures;
import io.guanxi.customer.quality.DuplicatePairs;
import io.guanxi.customer.quality.QualityFigures;
import io.guanxi.customer.quality.QualityFigures.Counts;
import io.guanxi.customer.quality.QualityFigures.Listed;
import io.guanxi.customer.quality.QualitySnapshot;
import io.guanxi.platform.AccessDeniedProblem;
import io.guanxi.platform.AccessScope;
import io.guanxi.platform.AccessService;
import io.guanxi.platform.Role;
import io.guanxi.platform.UserDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Data quality (数据质量) of the records the caller may see: completeness per field, invalid
 * phones and e-mails, open duplicate pairs and stale records, per owner, and the lists of
 * records with each problem. A report costs one aggregate query per entity over the
 * caller's scope, and is kept for a few minutes per scope.
 */
@Service
@Transactional(readOnly = true)
public class DataQuality {

	/** Records not changed for longer than this are stale. */
	public static final int STALE_MONTHS = QualityFigures.STALE_MONTHS;

	/** Scopes with more owners than this read the snapshot. */
	public static final int LIVE_OWNER_LIMIT = 50;

	/** Kept reports at most, one per access scope, before the oldest are dropped. */
	private static final int CACHE_LIMIT = 500;

	private final QualityFigures figures;

	private final DuplicatePairs pairs;

	private final AccessService access;

	private final UserDirectory users;

	private final QualitySnapshot snapshot;

	private final Clock clock;

	private final Duration cacheFor;

	private final Map<AccessScope, QualityReport> reports = new ConcurrentHashMap<>();

	DataQuality(QualityFigures figures, DuplicatePairs pairs, QualitySnapshot snapshot, AccessService access,
			UserDirectory users, Clock clock, @Value("${guanxi.quality.cache-for:5m}") Duration cacheFor) {
		this.figures = figures;
		this.snapshot = snapshot;
		this.pairs = pairs;
		this.access = access;
		this.users = users;
		this.clock = clock;
		this.cacheFor = cacheFor;
	}

	/**
	 * The caller's figures: counted at most {@code guanxi.quality.cache-for} ago for a
	 * narrow scope, from the last snapshot for a wide one.
	 */
	public QualityReport report() {
		AccessScope scope = access.scope();
		if (scope.unrestricted() || scope.ownerIds().size() > LIVE_OWNER_LIMIT) {
			QualityReport counted = fromSnapshot(scope);
			if (counted != null) {
				return counted;
			}
		}
		Instant now = clock.instant();
		QualityReport kept = reports.get(scope);
		if (kept != null && kept.asOf().plus(cacheFor).isAfter(now)) {
			return kept;
		}
		QualityReport report = new QualityReport(now, perOwner(scope), false,
				entity(Subject.ACCOUNT, scope, figures.countByOwner(Subject.ACCOUNT, scope, staleBefore()), true),
				entity(Subject.CONTACT, scope, figures.countByOwner(Subject.CONTACT, scope, staleBefore()), true));
		if (reports.size() >= CACHE_LIMIT) {
			reports.entrySet().removeIf(entry -> !entry.getValue().asOf().plus(cacheFor).isAfter(now));
			if (reports.size() >= CACHE_LIMIT) {
				reports.clear();
			}
		}
		reports.put(scope, report);
		return report;
	}

	/**
	 * Counts the snapshot of all owners now (administrators); false when another node is
	 * counting.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public boolean recount() {
		if (access.currentUser().role() != Role.ADMIN) {
			throw new AccessDeniedProblem("Only administrators recount the data quality figures");
		}
		return snapshot.refresh() != null;
	}

	/** The report from the snapshot, counting it first if there is none; null if busy. */
	private @Nullable QualityReport fromSnapshot(AccessScope scope) {
		var accounts = snapshot.read(Subject.ACCOUNT, scope);
		if (accounts.isEmpty()) {
			if (snapshot.refresh() == null) {
				return null;
			}
			accounts = snapshot.read(Subject.ACCOUNT, scope);
		}
		var contacts = snapshot.read(Subject.CONTACT, scope);
		if (accounts.isEmpty() || contacts.isEmpty()) {
			return null;
		}
		return new QualityReport(accounts.get().countedAt(), perOwner(scope), true,
				entity(Subject.ACCOUNT, scope, accounts.get().byOwner(), false),
				entity(Subject.CONTACT, scope, contacts.get().byOwner(), false));
	}

	private static boolean perOwner(AccessScope scope) {
		return scope.unrestricted() || scope.ownerIds().size() > 1;
	}

	/**
	 * The records with a problem that the caller may see, newest first, 50 at most,
	 * before {@code beforeId}; {@code field} names the empty field for
	 * {@link QualityProblem#MISSING}.
	 */
	public List<QualityRecord> records(Subject subject, QualityProblem problem, @Nullable String field,
			@Nullable Long ownerId, @Nullable Long beforeId, int limit) {
		List<Listed> listed = figures.records(subject, problem, field, access.scope(), ownerId, beforeId, staleBefore(),
				Math.max(1, Math.min(limit, 200)));
		Map<Long, String> owners = users.displayNames(listed.stream().map(Listed::ownerId).distinct().toList());
		return listed.stream()
			.map(row -> new QualityRecord(row.id(), row.name(), row.detail(), row.ownerId(),
					owners.getOrDefault(row.ownerId(), "?"), row.updatedAt()))
			.toList();
	}

	/** The fields the completeness figures count, in order. */
	public List<String> fields(Subject subject) {
		return QualityFigures.fields(subject);
	}

	/**
	 * @param countDuplicates whether to count the open pairs now (a snapshot has them
	 * already)
	 */
	private QualityReport.Entity entity(Subject subject, AccessScope scope, Map<Long, Counts> counts,
			boolean countDuplicates) {
		Map<Long, Long> duplicates = countDuplicates ? pairs.openCountsByOwner(subject, scope) : Map.of();
		Map<Long, String> names = users.displayNames(counts.keySet());
		List<QualityReport.Owner> owners = new ArrayList<>();
		counts.forEach((ownerId,
				count) -> owners.add(new QualityReport.Owner(ownerId, names.getOrDefault(ownerId, "?"),
						new Figures(count.records(), count.filled(), count.invalidPhones(), count.invalidEmails(),
								count.duplicates() + duplicates.getOrDefault(ownerId, 0L), count.stale()))));
		owners.sort(Comparator.comparingLong((QualityReport.Owner owner) -> owner.figures().records())
			.reversed()
			.thenComparing(QualityReport.Owner::ownerName));
		return new QualityReport.Entity(subject, total(subject, owners), owners);
	}

	private static Figures total(Subject subject, List<QualityReport.Owner> owners) {
		Map<String, Long> filled = new LinkedHashMap<>();
		QualityFigures.fields(subject).forEach(field -> filled.put(field, 0L));
		long records = 0;
		long invalidPhones = 0;
		long invalidEmails = 0;
		long duplicates = 0;
		long stale = 0;
		for (QualityReport.Owner owner : owners) {
			Figures figures = owner.figures();
			records += figures.records();
			figures.filled().forEach((field, count) -> filled.merge(field, count, Long::sum));
			invalidPhones += figures.invalidPhones();
			invalidEmails += figures.invalidEmails();
			duplicates += figures.duplicates();
			stale += figures.stale();
		}
		return new Figures(records, filled, invalidPhones, invalidEmails, duplicates, stale);
	}

	/** The moment before which an unchanged record is stale. */
	public Instant staleBefore() {
		return QualityFigures.staleBefore(clock.instant());
	}

}
