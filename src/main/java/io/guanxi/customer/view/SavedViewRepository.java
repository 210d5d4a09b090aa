package io.guanxi.customer.view;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SavedViewRepository extends JpaRepository<SavedView, Long> {

	List<SavedView> findByUserIdAndListOrderByName(long userId, String list);

	Optional<SavedView> findByUserIdAndListAndName(long userId, String list, String name);

}
