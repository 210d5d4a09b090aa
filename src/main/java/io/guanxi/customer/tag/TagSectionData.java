package io.guanxi.customer.tag;

import java.util.List;

import io.guanxi.customer.ProfileSection.Subject;
import io.guanxi.customer.TagView;

/**
 * What the tags section of a profile page shows.
 *
 * @param path where the section's actions post to, such as {@code /accounts/7/tags}
 * @param available the tags the record does not carry yet, for the add select
 */
public record TagSectionData(Subject subject, long recordId, String path, List<TagView> tags, List<TagView> available) {

	/** The profile page of a subject's record. */
	static String recordPath(Subject subject, long recordId) {
		return (subject == Subject.ACCOUNT ? "/accounts/" : "/contacts/") + recordId;
	}

}
