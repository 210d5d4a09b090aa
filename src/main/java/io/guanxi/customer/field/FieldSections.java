package io.guanxi.customer.field;

import io.guanxi.customer.CustomFieldService;
import io.guanxi.customer.ProfileSection;
import io.guanxi.customer.ProfileSection.Subject;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The custom fields section beside the facts of account and contact profile pages. */
@Configuration(proxyBeanMethods = false)
class FieldSections {

	static final String TEMPLATE = "customer/field/section";

	@Bean
	ProfileSection accountFieldsSection(CustomFieldService fields) {
		return new Section(Subject.ACCOUNT, fields);
	}

	@Bean
	ProfileSection contactFieldsSection(CustomFieldService fields) {
		return new Section(Subject.CONTACT, fields);
	}

	static FieldSectionData load(CustomFieldService fields, Subject subject, long recordId, boolean editing) {
		String recordPath = FieldSectionData.recordPath(subject, recordId);
		return new FieldSectionData(subject, recordId, recordPath + "/fields", recordPath, editing, fields.canDefine(),
				fields.entriesOf(subject, recordId).stream().map(FieldSectionData.Row::of).toList());
	}

	private record Section(Subject subject, CustomFieldService fields) implements ProfileSection {

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
			return 20;
		}

		@Override
		public Object load(long recordId) {
			return FieldSections.load(fields, subject, recordId, false);
		}

	}

}
