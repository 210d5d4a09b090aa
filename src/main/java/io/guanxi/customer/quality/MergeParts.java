package io.guanxi.customer.quality;

import io.guanxi.customer.CustomFieldService;
import io.guanxi.platform.UserDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** What every {@link RecordMerge} uses, whatever it merges. */
@Component
record MergeParts(RecordMerger merger, DuplicatePairs pairs, CustomFieldService customFields, UserDirectory users,
		MessageSource messages, ApplicationEventPublisher events) {
}
