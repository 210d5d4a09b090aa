package io.guanxi.customer;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.guanxi.customer.ProfileSection.Subject;
import io.guanxi.platform.AccessScope;
import io.guanxi.platform.AccessService;
import io.guanxi.platform.RecordNotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may read or change an account or a contact, for the features that hang off both
 * (tags, custom fields). Accounts go through {@link AccountService}; contacts are read by
 * their owner until the contacts feature offers a service to ask instead.
 */
@Component
class RecordAccess {

	private final AccountService accounts;

	private final AccessService access;

	private final JdbcClient jdbc;

	RecordAccess(AccountService accounts, AccessService access, JdbcClient jdbc) {
		this.accounts = accounts;
		this.access = access;
		this.jdbc = jdbc;
	}

	/** Throws {@link RecordNotFoundException} unless the caller may read the record. */
	void checkRead(Subject subject, long id) {
		switch (subject) {
			case ACCOUNT -> accounts.get(id);
			case CONTACT -> access.checkRead("contact", id, contactOwner(id));
		}
	}

	/** Throws {@link RecordNotFoundException} unless the caller may change the record. */
	void checkChange(Subject subject, long id) {
		switch (subject) {
			case ACCOUNT -> access.checkChange("account", id, accounts.get(id).ownerId());
			case CONTACT -> access.checkChange("contact", id, contactOwner(id));
		}
	}

	/**
	 * Those of {@code ids} that the caller may change (the same as those they may read,
	 * today), in one query.
	 */
	Set<Long> changeable(Subject subject, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		ProfileTables tables = ProfileTables.of(subject);
		AccessScope scope = access.scope();
		Map<String, Object> parameters = new HashMap<>(scope.ownerParameters());
		parameters.put("ids", List.copyOf(Set.copyOf(ids)));
		return jdbc
			.sql("select id from " + tables.records() + " where id in (:ids) and " + scope.ownerCondition("owner_id"))
			.params(parameters)
			.query(Long.class)
			.list()
			.stream()
			.collect(Collectors.toSet());
	}

	AccessScope scope() {
		return access.scope();
	}

	private long contactOwner(long id) {
		return jdbc.sql("select owner_id from customer_contact where id = :id")
			.param("id", id)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new RecordNotFoundException("contact", id));
	}

}
