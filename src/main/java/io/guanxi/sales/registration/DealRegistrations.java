package io.guanxi.sales.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.guanxi.platform.AccessScope;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.CurrentUser;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.platform.StaleVersionException;
import io.guanxi.sales.OpportunityStatus;
import io.guanxi.sales.internal.Opportunity;
import io.guanxi.sales.internal.OpportunityAccess;
import io.guanxi.sales.internal.OpportunityRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deal registration (商机报备): a rep claims an opportunity for a product or product line;
 * the system flags the open registrations it conflicts with ({@link Conflicts}); a
 * manager above the owner approves or rejects it; an approved registration protects the
 * owner's claim for {@link RegistrationSettings#protectionDays()} days. While protected,
 * another owner's conflicting registration is refused, and only a manager gives the deal
 * to another owner ({@link ProtectedOwnership}).
 */
@Service
@Transactional
public class DealRegistrations {

	static final String RECORD_TYPE = "registration";

	private final DealRegistrationRepository registrations;

	private final OpportunityRepository opportunities;

	private final OpportunityAccess access;

	private final Conflicts conflicts;

	private final RegistrationViews views;

	private final RegistrationNotices notices;

	private final RegistrationQueue queue;

	private final RegistrationSettings settings;

	private final Clock clock;

	DealRegistrations(DealRegistrationRepository registrations, OpportunityRepository opportunities,
			OpportunityAccess access, Conflicts conflicts, RegistrationViews views, RegistrationNotices notices,
			RegistrationQueue queue, RegistrationSettings settings, Clock clock) {
		this.registrations = registrations;
		this.opportunities = opportunities;
		this.access = access;
		this.conflicts = conflicts;
		this.views = views;
		this.notices = notices;
		this.queue = queue;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * The opportunity's registration and its conflicts; throws unless the caller reads
	 * it.
	 */
	@Transactional(readOnly = true)
	public RegistrationView of(long opportunityId) {
		Opportunity opportunity = readable(opportunityId);
		return views.of(opportunity, registrations.findByOpportunityId(opportunityId).orElse(null), clock.instant());
	}

	/**
	 * Registers the opportunity, or registers it again after a rejection or expiry. The
	 * managers above the owner are asked to decide. Refused while another owner's
	 * approved registration of a conflicting deal is protected.
	 */
	public RegistrationView register(long opportunityId, RegisterDeal command) {
		Opportunity opportunity = found(opportunityId);
		access.checkChange(opportunity);
		String product = blankToNull(command.product());
		String productLine = blankToNull(command.productLine());
		if (product == null && productLine == null) {
			throw new BusinessRuleException("sales.registration.error.productRequired");
		}
		if (opportunity.status() != OpportunityStatus.OPEN) {
			throw new BusinessRuleException("sales.registration.error.closed");
		}
		Instant now = clock.instant();
		DealRegistration registration = registrations.findByOpportunityId(opportunityId)
			.orElseGet(() -> new DealRegistration(opportunityId));
		if (registration.statusAt(now).open()) {
			throw new BusinessRuleException("sales.registration.error.registered");
		}
		refuseWhileProtected(conflicts.of(opportunity, product, productLine, now));
		CurrentUser user = access.currentUser();
		registration.register(product, productLine, blankToNull(command.note()), user.id(), now,
				now.plus(settings.protection()));
		registrations.saveAndFlush(registration);
		notices.registered(registration, opportunity, user);
		return views.of(opportunity, registration, now);
	}

	/**
	 * Approves or rejects a pending registration (a rejection needs a reason); the one
	 * who registered it and the owner are told.
	 */
	public RegistrationView decide(long opportunityId, boolean approve, @Nullable String note, long expectedVersion) {
		Opportunity opportunity = readable(opportunityId);
		DealRegistration registration = registrations.findByOpportunityId(opportunityId)
			.orElseThrow(() -> new BusinessRuleException("sales.registration.error.notPending"));
		Instant now = clock.instant();
		if (registration.statusAt(now) != RegistrationStatus.PENDING) {
			throw new BusinessRuleException("sales.registration.error.notPending");
		}
		CurrentUser user = access.currentUser();
		if (!Deciders.mayDecide(user, access.scope(), opportunity, registration, now)) {
			throw new BusinessRuleException("sales.registration.error.notApprover");
		}
		if (registration.version() != expectedVersion) {
			throw new StaleVersionException(RECORD_TYPE, registration.id(), expectedVersion, registration.version());
		}
		String reason = blankToNull(note);
		if (approve) {
			// two deals of different owners cannot both hold a protected claim
			refuseWhileProtected(conflicts.of(opportunity, registration.product(), registration.productLine(), now));
			registration.approve(user.id(), reason, now, now.plus(settings.protection()));
		}
		else if (reason == null) {
			throw new BusinessRuleException("sales.registration.error.reasonRequired");
		}
		else {
			registration.reject(user.id(), reason, now);
		}
		registrations.saveAndFlush(registration);
		notices.decided(registration, opportunity, user);
		return views.of(opportunity, registration, now);
	}

	/**
	 * The registrations of this status on deals the caller may read, oldest first: for a
	 * manager, {@code PENDING} is the queue to decide.
	 */
	@Transactional(readOnly = true)
	public Page<RegistrationView> list(RegistrationStatus status, Pageable pageable) {
		AccessScope scope = access.scope();
		Instant now = clock.instant();
		Page<Long> ids = queue.opportunityIds(status, scope, now, pageable);
		Map<Long, Opportunity> deals = opportunities.findAllById(ids.getContent())
			.stream()
			.collect(Collectors.toMap(Opportunity::id, Function.identity()));
		Map<Long, DealRegistration> byDeal = registrations.findByOpportunityIdIn(ids.getContent())
			.stream()
			.collect(Collectors.toMap(DealRegistration::opportunityId, Function.identity()));
		List<RegistrationView> rows = ids.getContent()
			.stream()
			.map(id -> views.of(deals.get(id), byDeal.get(id), now))
			.toList();
		return new PageImpl<>(rows, pageable, ids.getTotalElements());
	}

	private void refuseWhileProtected(List<RegistrationConflict> found) {
		found.stream().filter(RegistrationConflict::protecting).findFirst().ifPresent(conflict -> {
			throw new BusinessRuleException("sales.registration.error.protected", conflict.ownerName(),
					conflict.protectedUntil().atZone(clock.getZone()).toLocalDate());
		});
	}

	private Opportunity readable(long opportunityId) {
		Opportunity opportunity = found(opportunityId);
		access.checkRead(opportunity);
		return opportunity;
	}

	private Opportunity found(long id) {
		return opportunities.findById(id)
			.orElseThrow(() -> new RecordNotFoundException(OpportunityAccess.RECORD_TYPE, id));
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
