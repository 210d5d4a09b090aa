package io.guanxi.platform.audit;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.guanxi.platform.AuditHistory;
import io.guanxi.platform.HistoryEntry;
import io.guanxi.platform.HistoryEntry.Change;
import io.guanxi.platform.HistoryEntry.Kind;
import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.SingularAttribute;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads an entity's Envers revisions and turns each into the fields it changed. */
@Service
@Transactional(readOnly = true)
class EnversAuditHistory implements AuditHistory {

	private final EntityManager entityManager;

	EnversAuditHistory(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public List<HistoryEntry> of(Class<?> entityType, long id) {
		List<?> rows = AuditReaderFactory.get(entityManager)
			.createQuery()
			.forRevisionsOfEntity(entityType, false, true)
			.add(AuditEntity.id().eq(id))
			.addOrder(AuditEntity.revisionNumber().asc())
			.getResultList();
		List<HistoryEntry> history = new ArrayList<>();
		Map<String, @Nullable String> before = Map.of();
		for (Object row : rows) {
			Object[] columns = (Object[]) row;
			Revision revision = (Revision) columns[1];
			RevisionType type = (RevisionType) columns[2];
			Map<String, @Nullable String> after = snapshot(entityType, columns[0]);
			history.add(new HistoryEntry(revision.id(), revision.at(), revision.username(), kind(type),
					changes(before, after)));
			before = after;
		}
		Collections.reverse(history);
		return history;
	}

	private Map<String, @Nullable String> snapshot(Class<?> entityType, Object entity) {
		Map<String, @Nullable String> values = new LinkedHashMap<>();
		for (SingularAttribute<?, ?> attribute : entityManager.getMetamodel()
			.entity(entityType)
			.getSingularAttributes()) {
			if (attribute.isId() || attribute.isVersion() || !(attribute.getJavaMember() instanceof Field field)) {
				continue;
			}
			values.put(attribute.getName(), read(field, entity));
		}
		return values;
	}

	private static List<Change> changes(Map<String, @Nullable String> before, Map<String, @Nullable String> after) {
		List<Change> changes = new ArrayList<>();
		after.forEach((field, value) -> {
			if (!Objects.equals(before.get(field), value)) {
				changes.add(new Change(field, before.get(field), value));
			}
		});
		return changes;
	}

	private static @Nullable String read(Field field, Object entity) {
		try {
			field.setAccessible(true);
			Object value = field.get(entity);
			return value == null ? null : value.toString();
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException("Cannot read " + field, ex);
		}
	}

	private static Kind kind(RevisionType type) {
		return switch (type) {
			case ADD -> Kind.CREATED;
			case MOD -> Kind.CHANGED;
			case DEL -> Kind.DELETED;
		};
	}

}
