package io.guanxi.customer.tag;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.guanxi.customer.ProfileSection;
import io.guanxi.customer.ProfileSection.Subject;
import io.guanxi.customer.TagService;
import io.guanxi.customer.TagView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The tags section beside the facts of account and contact profile pages. */
@Configuration(proxyBeanMethods = false)
class TagSections {

	static final String TEMPLATE = "customer/tag/section";

	@Bean
	ProfileSection accountTagsSection(TagService tags) {
		return new Section(Subject.ACCOUNT, tags);
	}

	@Bean
	ProfileSection contactTagsSection(TagService tags) {
		return new Section(Subject.CONTACT, tags);
	}

	static TagSectionData load(TagService tags, Subject subject, long recordId) {
		List<TagView> carried = tags.tagsOf(subject, recordId);
		Set<Long> ids = carried.stream().map(TagView::id).collect(Collectors.toSet());
		List<TagView> available = tags.list().stream().filter(tag -> !ids.contains(tag.id())).toList();
		return new TagSectionData(subject, recordId, TagSectionData.recordPath(subject, recordId) + "/tags", carried,
				available);
	}

	private record Section(Subject subject, TagService tags) implements ProfileSection {

		@Override
		public String template() {
			return TEMPLATE;
		}

		@Override
		public Column column() {
			return Column.SIDE;
		}

		@Override
		public int order() {
			return 10;
		}

		@Override
		public Object load(long recordId) {
			return TagSections.load(tags, subject, recordId);
		}

	}

}
