package io.guanxi.sales.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PriceEntryRepository extends JpaRepository<PriceEntry, Long> {

	List<PriceEntry> findByPriceBookId(long priceBookId);

	Optional<PriceEntry> findByPriceBookIdAndProductId(long priceBookId, long productId);

	long countByPriceBookId(long priceBookId);

	@Modifying
	@Query("delete from PriceEntry e where e.productId = :productId")
	void deleteByProduct(long productId);

	@Modifying
	@Query("delete from PriceEntry e where e.priceBookId = :priceBookId")
	void deleteByPriceBook(long priceBookId);

}
