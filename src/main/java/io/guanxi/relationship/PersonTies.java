package io.guanxi.relationship;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.guanxi.customer.ContactService;
import io.guanxi.customer.CustomerDirectory;
import io.guanxi.customer.CustomerDirectory.LastInteraction;
import io.guanxi.platform.AccessService;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.platform.StaleVersionException;
import io.guanxi.platform.UserDirectory;
import io.guanxi.relationship.internal.PersonTie;
import io.guanxi.relationship.internal.PersonTieRepository;
import io.guanxi.relationship.internal.UserTie;
import io.guanxi.relationship.internal.UserTieRepository;
import io.guanxi.relationship.paths.StepCosts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who knows whom: ties between contacts (former colleagues, classmates, family…) and
 * between our users and contacts. A user's tie to a contact is recorded with a strength,
 * or known from the timeline alone, where its strength follows how recently they met.
 * Recording, changing or deleting a tie between contacts needs the right to read both and
 * to change one of them.
 */
@Service
@Transactional
public class PersonTies {

	static final String RECORD_TYPE = "personTie";

	private final PersonTieRepository ties;

	private final UserTieRepository userTies;

	private final ContactService contacts;

	private final CustomerDirectory directory;

	private final AccessService access;

	private final UserDirectory users;

	private final Clock clock;

	PersonTies(PersonTieRepository ties, UserTieRepository userTies, ContactService contacts,
			CustomerDirectory directory, AccessService access, UserDirectory users, Clock clock) {
		this.ties = ties;
		this.userTies = userTies;
		this.contacts = contacts;
		this.directory = directory;
		this.access = access;
		this.users = users;
		this.clock = clock;
	}

	/** The contact's ties, both ways, to people the caller may read. */
	@Transactional(readOnly = true)
	public List<PersonTieView> of(long contactId) {
		contacts.get(contactId);
		return views(ties.findByFromContactIdOrToContactId(contactId, contactId));
	}

	@Transactional(readOnly = true)
	public PersonTieView get(long id) {
		PersonTie tie = found(id);
		contacts.get(tie.fromContactId());
		return views(List.of(tie)).stream().findFirst().orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
	}

	public PersonTieView create(SavePersonTie command) {
		checkChangeEither(command.fromContactId(), command.toContactId());
		if (command.fromContactId().equals(command.toContactId())) {
			throw new BusinessRuleException("relationship.tie.error.self");
		}
		PersonTie tie = new PersonTie(command.fromContactId(), command.toContactId());
		describe(tie, command);
		ties.save(tie);
		ties.flush();
		return get(tie.id());
	}

	/** Changes the kind, strength, dates and note; the two people stay. */
	public PersonTieView update(long id, SavePersonTie command, long expectedVersion) {
		PersonTie tie = changeable(id, expectedVersion);
		describe(tie, command);
		ties.flush();
		return get(id);
	}

	public void delete(long id, long expectedVersion) {
		ties.delete(changeable(id, expectedVersion));
	}

	/**
	 * Records how well a user knows a contact, replacing what was recorded before. Users
	 * record their own ties; managers those of their people, admins anyone's.
	 */
	public UserTieView know(SaveUserTie command) {
		checkUser(command.userId());
		contacts.get(command.contactId());
		UserTie tie = userTies.findByUserIdAndContactId(command.userId(), command.contactId())
			.orElseGet(() -> new UserTie(command.userId(), command.contactId()));
		tie.describe(command.strength(),
				command.note() == null || command.note().isBlank() ? null : command.note().strip());
		userTies.save(tie);
		userTies.flush();
		return whoKnows(command.contactId()).stream()
			.filter(view -> view.userId() == command.userId())
			.findFirst()
			.orElseThrow();
	}

	/** Removes a recorded tie; what the timeline shows stays known. */
	public void forget(long userId, long contactId) {
		checkUser(userId);
		contacts.get(contactId);
		userTies.findByUserIdAndContactId(userId, contactId).ifPresent(userTies::delete);
	}

	/**
	 * Who of our users knows the contact, strongest first: recorded ties, and users who
	 * met the contact on the timeline.
	 */
	@Transactional(readOnly = true)
	public List<UserTieView> whoKnows(long contactId) {
		String contactName = contacts.get(contactId).fullName();
		Map<Long, Instant> lastMet = new HashMap<>();
		for (LastInteraction last : directory.lastInteractions(List.of(contactId))) {
			lastMet.merge(last.userId(), last.at(), (a, b) -> a.isAfter(b) ? a : b);
		}
		Map<Long, UserTie> recorded = new HashMap<>();
		userTies.findByContactId(contactId).forEach(tie -> recorded.put(tie.userId(), tie));
		Set<Long> userIds = new HashSet<>(lastMet.keySet());
		userIds.addAll(recorded.keySet());
		Map<Long, String> names = users.displayNames(userIds);
		List<UserTieView> views = new ArrayList<>();
		for (Long userId : userIds) {
			UserTie tie = recorded.get(userId);
			Instant met = lastMet.get(userId);
			views.add(new UserTieView(tie == null ? null : tie.id(), userId, names.getOrDefault(userId, "?"), contactId,
					contactName, tie == null ? strengthFrom(met) : tie.strength(), tie == null ? null : tie.note(), met,
					tie == null ? 0 : tie.version()));
		}
		views.sort(Comparator.comparingInt(UserTieView::strength).reversed().thenComparing(UserTieView::userName));
		return views;
	}

	/**
	 * A tie known only from the timeline: 3 when they met within 90 days, 2 within a
	 * year, else 1.
	 */
	int strengthFrom(Instant lastMet) {
		return StepCosts.strengthFromMeeting(lastMet, clock.instant());
	}

	private void checkUser(long userId) {
		if (users.findById(userId).isEmpty() || !access.scope().permits(userId)) {
			throw new BusinessRuleException("relationship.userTie.error.user");
		}
	}

	/** Both people readable, and one of them changeable by the caller. */
	private void checkChangeEither(long oneContactId, long otherContactId) {
		contacts.get(oneContactId);
		contacts.get(otherContactId);
		try {
			contacts.checkChange(oneContactId);
		}
		catch (RecordNotFoundException ex) {
			contacts.checkChange(otherContactId);
		}
	}

	private static void describe(PersonTie tie, SavePersonTie command) {
		if (command.validFrom() != null && command.validTo() != null
				&& !command.validTo().isAfter(command.validFrom())) {
			throw new BusinessRuleException("relationship.position.error.period");
		}
		tie.describe(command.kind(), command.strength(), command.validFrom(), command.validTo(),
				command.note() == null || command.note().isBlank() ? null : command.note().strip());
	}

	private PersonTie changeable(long id, long expectedVersion) {
		PersonTie tie = found(id);
		checkChangeEither(tie.fromContactId(), tie.toContactId());
		if (tie.version() != expectedVersion) {
			throw new StaleVersionException(RECORD_TYPE, id, expectedVersion, tie.version());
		}
		return tie;
	}

	private PersonTie found(long id) {
		return ties.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
	}

	private List<PersonTieView> views(List<PersonTie> list) {
		Set<Long> ids = new HashSet<>();
		list.forEach(tie -> {
			ids.add(tie.fromContactId());
			ids.add(tie.toContactId());
		});
		Map<Long, String> names = directory.contactNames(ids);
		return list.stream()
			.filter(tie -> names.containsKey(tie.fromContactId()) && names.containsKey(tie.toContactId()))
			.map(tie -> new PersonTieView(tie.id(), tie.fromContactId(), names.get(tie.fromContactId()),
					tie.toContactId(), names.get(tie.toContactId()), tie.kind(), tie.strength(), tie.validFrom(),
					tie.validTo(), tie.note(), tie.version()))
			.toList();
	}

}
