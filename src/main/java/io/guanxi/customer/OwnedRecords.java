package io.guanxi.customer;

import java.util.function.ToLongFunction;

import io.guanxi.platform.AccessService;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.platform.StaleVersionException;
import io.guanxi.platform.TrackedEntity;
import io.guanxi.platform.UserDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The access rules of a customer record that a user owns (an account, a contact): who may
 * read or change it, at which version, and to whom it may be given.
 *
 * @param <E> the record's entity
 */
final class OwnedRecords<E extends TrackedEntity> {

	private final String recordType;

	private final JpaRepository<E, Long> repository;

	private final ToLongFunction<E> owner;

	private final AccessService access;

	private final UserDirectory users;

	/**
	 * @param recordType what messages and errors call the record ({@code account}); its
	 * owner error is {@code customer.<recordType>.error.owner}
	 */
	OwnedRecords(String recordType, JpaRepository<E, Long> repository, ToLongFunction<E> owner, AccessService access,
			UserDirectory users) {
		this.recordType = recordType;
		this.repository = repository;
		this.owner = owner;
		this.access = access;
		this.users = users;
	}

	E readable(long id) {
		E record = found(id);
		access.checkRead(recordType, id, owner.applyAsLong(record));
		return record;
	}

	E changeable(long id) {
		E record = found(id);
		access.checkChange(recordType, id, owner.applyAsLong(record));
		return record;
	}

	E changeable(long id, long expectedVersion) {
		E record = changeable(id);
		if (record.version() != expectedVersion) {
			throw new StaleVersionException(recordType, id, expectedVersion, record.version());
		}
		return record;
	}

	/**
	 * The owner a record may be given: the caller when none is named, else an enabled
	 * user whose records the caller may see.
	 */
	long checkedOwner(@Nullable Long ownerId) {
		if (ownerId == null) {
			return access.currentUser().id();
		}
		var user = users.findById(ownerId).filter(UserDirectory.UserSummary::enabled);
		if (user.isEmpty() || !access.scope().permits(ownerId)) {
			throw new BusinessRuleException("customer." + recordType + ".error.owner");
		}
		return ownerId;
	}

	private E found(long id) {
		return repository.findById(id).orElseThrow(() -> new RecordNotFoundException(recordType, id));
	}

}
