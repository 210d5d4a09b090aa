package io.guanxi.customer;

import java.util.List;

import io.guanxi.customer.ProfileSection.Subject;
import io.guanxi.platform.BusinessRuleException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carries out a {@link BulkAction} on accounts or contacts, for the list pages and the
 * API alike; each service checks which of the records the caller may change.
 */
@Service
@Transactional
public class BulkActions {

	private final AccountService accounts;

	private final ContactService contacts;

	private final TagService tags;

	BulkActions(AccountService accounts, ContactService contacts, TagService tags) {
		this.accounts = accounts;
		this.contacts = contacts;
		this.tags = tags;
	}

	/**
	 * @return how many records the action changed
	 * @throws BusinessRuleException when the owner or tag it needs is missing
	 */
	public BulkAction.Result apply(Subject subject, BulkAction action) {
		List<Long> ids = action.ids();
		int changed = switch (action.action()) {
			case ASSIGN_OWNER -> {
				long owner = required(action.ownerId(), "customer.bulk.error.owner");
				yield subject == Subject.ACCOUNT ? accounts.assignOwner(ids, owner) : contacts.assignOwner(ids, owner);
			}
			case ADD_TAG -> tags.applyToMany(subject, ids, required(action.tagId(), "customer.bulk.error.tag"));
			case DELETE -> subject == Subject.ACCOUNT ? accounts.deleteAll(ids) : contacts.deleteAll(ids);
		};
		return new BulkAction.Result(changed);
	}

	private static long required(@Nullable Long id, String messageKey) {
		if (id == null) {
			throw new BusinessRuleException(messageKey);
		}
		return id;
	}

}
