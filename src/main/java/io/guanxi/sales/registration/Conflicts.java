package io.guanxi.sales.registration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.guanxi.customer.CustomerDirectory;
import io.guanxi.platform.AccessScope;
import io.guanxi.platform.UserDirectory;
import io.guanxi.sales.internal.Opportunity;
import io.guanxi.sales.internal.OpportunityAccess;
import io.guanxi.sales.internal.OpportunityRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the open registrations that conflict with a registration of an opportunity: those
 * on other open deals at the same account for a similar product
 * ({@link ProductSimilarity}), and those naming one of the same contacts. Only
 * registrations still open count: pending or approved, with their time not run out, on
 * deals not yet won or lost.
 */
@Component
class Conflicts {

	private final JdbcClient jdbc;

	private final OpportunityRepository opportunities;

	private final OpportunityAccess access;

	private final CustomerDirectory directory;

	private final UserDirectory users;

	Conflicts(JdbcClient jdbc, OpportunityRepository opportunities, OpportunityAccess access,
			CustomerDirectory directory, UserDirectory users) {
		this.jdbc = jdbc;
		this.opportunities = opportunities;
		this.access = access;
		this.directory = directory;
		this.users = users;
	}

	/** The conflicts of a registration of this product on the opportunity, as of now. */
	List<RegistrationConflict> of(Opportunity opportunity, @Nullable String product, @Nullable String productLine,
			Instant now) {
		List<Long> contactIds = opportunity.contacts().stream().map(Opportunity.BuyingContact::contactId).toList();
		List<Candidate> candidates = candidates(opportunity, contactIds, now).stream()
			.filter(candidate -> !reasons(candidate, opportunity, product, productLine).isEmpty())
			.toList();
		if (candidates.isEmpty()) {
			return List.of();
		}
		AccessScope scope = access.scope();
		Set<Long> readable = new HashSet<>();
		opportunities.findAllById(candidates.stream().map(Candidate::opportunityId).toList())
			.stream()
			.filter(other -> access.canRead(other, scope))
			.forEach(other -> readable.add(other.id()));
		Map<Long, String> owners = users.displayNames(candidates.stream().map(Candidate::ownerId).toList());
		Map<Long, String> accounts = directory.accountNames(candidates.stream().map(Candidate::accountId).toList(),
				scope);
		return candidates.stream()
			.map(candidate -> new RegistrationConflict(candidate.opportunityId(),
					readable.contains(candidate.opportunityId()) ? candidate.name() : null,
					accounts.get(candidate.accountId()), candidate.ownerId(),
					owners.getOrDefault(candidate.ownerId(), ""), candidate.status(), candidate.product(),
					candidate.productLine(), candidate.protectedUntil(),
					reasons(candidate, opportunity, product, productLine),
					candidate.status() == RegistrationStatus.APPROVED && candidate.ownerId() != opportunity.ownerId()))
			.toList();
	}

	private List<Candidate> candidates(Opportunity opportunity, List<Long> contactIds, Instant now) {
		String sharesContact = contactIds.isEmpty() ? "false"
				: "exists (select 1 from sales_opportunity_contact c where c.opportunity_id = o.id"
						+ " and c.contact_id in (:contactIds))";
		var query = jdbc.sql("""
				select o.id, o.name, o.account_id, o.owner_id, r.status, r.product, r.product_line,
				       r.protected_until, %s as shares_contact
				from sales_registration r
				join sales_opportunity o on o.id = r.opportunity_id
				where r.status in ('PENDING', 'APPROVED') and r.protected_until > :now
				  and o.status = 'OPEN' and o.id <> :opportunityId
				  and (o.account_id = :accountId or %s)
				order by r.registered_at""".formatted(sharesContact, sharesContact))
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("opportunityId", opportunity.id())
			.param("accountId", opportunity.accountId());
		if (!contactIds.isEmpty()) {
			query = query.param("contactIds", contactIds);
		}
		return query.query(Conflicts::candidate).list();
	}

	private static Set<ConflictReason> reasons(Candidate candidate, Opportunity opportunity, @Nullable String product,
			@Nullable String productLine) {
		Set<ConflictReason> reasons = EnumSet.noneOf(ConflictReason.class);
		if (candidate.accountId() == opportunity.accountId()) {
			if (ProductSimilarity.sameLine(productLine, candidate.productLine())) {
				reasons.add(ConflictReason.SAME_PRODUCT_LINE);
			}
			else if (ProductSimilarity.similar(product, productLine, candidate.product(), candidate.productLine())) {
				reasons.add(ConflictReason.SIMILAR_PRODUCT);
			}
		}
		if (candidate.sharesContact()) {
			reasons.add(ConflictReason.SAME_CONTACT);
		}
		return reasons;
	}

	private static Candidate candidate(ResultSet row, int number) throws SQLException {
		return new Candidate(row.getLong("id"), row.getString("name"), row.getLong("account_id"),
				row.getLong("owner_id"), RegistrationStatus.valueOf(row.getString("status")), row.getString("product"),
				row.getString("product_line"), row.getObject("protected_until", OffsetDateTime.class).toInstant(),
				row.getBoolean("shares_contact"));
	}

	private record Candidate(long opportunityId, String name, long accountId, long ownerId, RegistrationStatus status,
			@Nullable String product, @Nullable String productLine, Instant protectedUntil, boolean sharesContact) {
	}

}
