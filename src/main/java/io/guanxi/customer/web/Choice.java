package io.guanxi.customer.web;

import java.util.List;

import io.guanxi.customer.TagView;
import io.guanxi.platform.UserDirectory.UserSummary;

/**
 * An option of a list page's select (owners, tags): the value sent and the text shown.
 */
public record Choice(Object value, String label) {

	static List<Choice> owners(List<UserSummary> owners) {
		return owners.stream().map(owner -> new Choice(owner.id(), owner.displayName())).toList();
	}

	static List<Choice> tags(List<TagView> tags) {
		return tags.stream().map(tag -> new Choice(tag.id(), tag.name())).toList();
	}

}
