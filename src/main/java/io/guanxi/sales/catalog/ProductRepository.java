package io.guanxi.sales.catalog;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProductRepository extends JpaRepository<Product, Long> {

	Optional<Product> findByCodeIgnoreCase(String code);

	/** Products whose code, name or product line contains {@code term} (lower case). */
	@Query("""
			select p from Product p
			where (:activeOnly = false or p.active = true)
			  and (lower(p.code) like :term or lower(p.name) like :term or lower(coalesce(p.productLine, '')) like :term)""")
	Page<Product> search(String term, boolean activeOnly, Pageable pageable);

}
