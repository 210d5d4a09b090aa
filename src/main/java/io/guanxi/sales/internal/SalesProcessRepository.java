package io.guanxi.sales.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SalesProcessRepository extends JpaRepository<SalesProcess, Long> {

	List<SalesProcess> findByActiveTrueOrderByName();

	Optional<SalesProcess> findFirstByDefaultProcessTrue();

}
