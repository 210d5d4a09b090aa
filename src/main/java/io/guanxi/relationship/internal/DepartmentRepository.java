package io.guanxi.relationship.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DepartmentRepository extends JpaRepository<Department, Long> {

	List<Department> findByAccountIdOrderByName(long accountId);

	List<Department> findByAccountIdIn(Collection<Long> accountIds);

	long countByParentId(long parentId);

}
