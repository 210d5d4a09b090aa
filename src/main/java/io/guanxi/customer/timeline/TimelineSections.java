package io.guanxi.customer.timeline;

import io.guanxi.customer.ProfileSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The timeline on the account page and on the contact page: one template for both.
 */
@Configuration(proxyBeanMethods = false)
class TimelineSections {

	static final String TEMPLATE = "customer/timeline/section";

	@Bean
	ProfileSection accountTimelineSection(TimelineViews views) {
		return new TimelineSection(ProfileSection.Subject.ACCOUNT, views);
	}

	@Bean
	ProfileSection contactTimelineSection(TimelineViews views) {
		return new TimelineSection(ProfileSection.Subject.CONTACT, views);
	}

	private record TimelineSection(Subject subject, TimelineViews views) implements ProfileSection {

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
			return 20;
		}

		@Override
		public Object load(long recordId) {
			return views.load(subject, recordId, null, null);
		}

	}

}
