package io.guanxi.platform;

import java.util.List;

/** The change history of any audited entity, newest first. */
public interface AuditHistory {

	List<HistoryEntry> of(Class<?> entityType, long id);

}
