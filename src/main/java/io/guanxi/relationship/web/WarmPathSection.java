package io.guanxi.relationship.web;

import io.guanxi.customer.ProfileSection;
import org.springframework.stereotype.Component;

/**
 * "How do we reach this person?" on the contact's page: a button; the paths are searched
 * only when asked for, so the page stays fast.
 */
@Component
class WarmPathSection implements ProfileSection {

	static final String TEMPLATE = "relationship/warmpaths/section";

	@Override
	public Subject subject() {
		return Subject.CONTACT;
	}

	@Override
	public String template() {
		return TEMPLATE;
	}

	@Override
	public Column column() {
		return Column.MAIN;
	}

	@Override
	public int order() {
		return 15;
	}

	@Override
	public Object load(long contactId) {
		return contactId;
	}

}
