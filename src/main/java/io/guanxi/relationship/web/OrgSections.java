package io.guanxi.relationship.web;

import java.time.Clock;
import java.time.LocalDate;

import io.guanxi.customer.ProfileSection;
import io.guanxi.relationship.OrgService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The relationship module's parts of the customer profile: an account's org chart and key
 * people, and a contact's career.
 */
@Configuration(proxyBeanMethods = false)
class OrgSections {

	@Bean
	ProfileSection keyPeopleSection(OrgService org, Clock clock) {
		return new Section(ProfileSection.Subject.ACCOUNT, "relationship/org/account-section",
				accountId -> KeyPeople.load(org, accountId, LocalDate.now(clock)));
	}

	@Bean
	ProfileSection careerSection(OrgService org, Clock clock) {
		return new Section(ProfileSection.Subject.CONTACT, "relationship/org/career-section",
				contactId -> CareerView.of(org.career(contactId), LocalDate.now(clock)));
	}

	/** Both sit in the main column, after the people and before the timeline. */
	private record Section(Subject subject, String template, Loader loader) implements ProfileSection {

		@Override
		public Column column() {
			return Column.MAIN;
		}

		@Override
		public int order() {
			return 15;
		}

		@Override
		public Object load(long recordId) {
			return loader.load(recordId);
		}

	}

	@FunctionalInterface
	private interface Loader {

		Object load(long recordId);

	}

}
