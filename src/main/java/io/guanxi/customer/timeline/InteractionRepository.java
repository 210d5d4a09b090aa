package io.guanxi.customer.timeline;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InteractionRepository extends JpaRepository<Interaction, Long> {

	boolean existsBySourceAndSourceRef(String source, String sourceRef);

}
