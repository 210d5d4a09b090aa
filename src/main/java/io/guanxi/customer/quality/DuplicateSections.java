package io.guanxi.customer.quality;

import java.util.List;

import io.guanxi.customer.DuplicateCandidate;
import io.guanxi.customer.Duplicates;
import io.guanxi.customer.ProfileSection;
import io.guanxi.customer.ProfileSection.Subject;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * "Possible duplicates" beside the facts of account and contact profile pages, shown only
 * when there are some; each links to the compare-and-merge page.
 */
@Configuration(proxyBeanMethods = false)
class DuplicateSections {

	@Bean
	ProfileSection accountDuplicatesSection(Duplicates duplicates) {
		return new Section(Subject.ACCOUNT, duplicates);
	}

	@Bean
	ProfileSection contactDuplicatesSection(Duplicates duplicates) {
		return new Section(Subject.CONTACT, duplicates);
	}

	/** What the section template shows; {@code kind} is the path segment of the pages. */
	record SectionData(String kind, long recordId, List<DuplicateCandidate> candidates) {
	}

	private record Section(Subject subject, Duplicates duplicates) implements ProfileSection {

		@Override
		public String template() {
			return "customer/quality/section";
		}

		@Override
		public Column column() {
			return Column.SIDE;
		}

		@Override
		public int order() {
			return 5;
		}

		@Override
		public Object load(long recordId) {
			return new SectionData(QualityPaths.kind(subject), recordId, duplicates.candidates(subject, recordId));
		}

	}

}
