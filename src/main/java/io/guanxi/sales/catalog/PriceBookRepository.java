package io.guanxi.sales.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PriceBookRepository extends JpaRepository<PriceBook, Long> {

	List<PriceBook> findAllByOrderByStandardDescNameAsc();

	Optional<PriceBook> findByStandardTrue();

	Optional<PriceBook> findByNameIgnoreCase(String name);

}
