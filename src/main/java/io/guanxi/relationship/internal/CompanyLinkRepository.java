package io.guanxi.relationship.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CompanyLinkRepository extends JpaRepository<CompanyLink, Long> {

	List<CompanyLink> findByFromAccountIdOrToAccountId(long fromAccountId, long toAccountId);

}
