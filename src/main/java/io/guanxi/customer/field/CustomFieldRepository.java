package io.guanxi.customer.field;

import java.util.List;

import io.guanxi.customer.ProfileSection.Subject;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomFieldRepository extends JpaRepository<CustomField, Long> {

	List<CustomField> findByEntityOrderByPositionAscIdAsc(Subject entity);

	boolean existsByEntityAndCode(Subject entity, String code);

}
