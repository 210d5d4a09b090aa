package io.guanxi.relationship.transfer;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.guanxi.relationship.DepartmentView;
import io.guanxi.relationship.OrgService;
import io.guanxi.relationship.SaveDepartment;
import org.jspecify.annotations.Nullable;

/**
 * Departments found by their path inside an account ("Sales/North": North under Sales),
 * names compared ignoring case, and created through {@link OrgService} where missing.
 */
final class DepartmentPaths {

	private record Key(@Nullable Long parentId, String name) {

		Key {
			name = name.toLowerCase(Locale.ROOT);
		}

	}

	private final OrgService org;

	private final Map<Long, Map<Key, Long>> byAccount = new HashMap<>();

	private int created;

	DepartmentPaths(OrgService org) {
		this.org = org;
	}

	/** A cell's path as department names, outermost first. */
	static List<String> parse(@Nullable String cell) {
		if (cell == null) {
			return List.of();
		}
		return Arrays.stream(cell.split("/")).map(String::strip).filter(name -> !name.isEmpty()).toList();
	}

	/** The department at the end of the path, created with its parents if missing. */
	@Nullable Long idFor(long accountId, List<String> path) {
		if (path.isEmpty()) {
			return null;
		}
		Map<Key, Long> departments = byAccount.computeIfAbsent(accountId, this::load);
		Long parentId = null;
		for (String name : path) {
			Key key = new Key(parentId, name);
			Long id = departments.get(key);
			if (id == null) {
				id = org.createDepartment(accountId, new SaveDepartment(name, parentId)).id();
				departments.put(key, id);
				created++;
			}
			parentId = id;
		}
		return parentId;
	}

	int created() {
		return created;
	}

	/** The account's departments; of two with the same name and parent, the older. */
	private Map<Key, Long> load(long accountId) {
		Map<Key, Long> departments = new HashMap<>();
		org.departments(accountId)
			.stream()
			.sorted(Comparator.comparingLong(DepartmentView::id))
			.forEach(department -> departments.putIfAbsent(new Key(department.parentId(), department.name()),
					department.id()));
		return departments;
	}

}
