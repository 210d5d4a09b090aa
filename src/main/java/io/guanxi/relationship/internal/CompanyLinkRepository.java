package io.guanxi.relationship.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CompanyLinkRepository extends JpaRepository<CompanyLink, Long> {

	List<CompanyLink> findByFromAccountIdOrToAccountId(long fromAccountId, long toAccountId);

	/**
	 * The links that may put an account above one of {@code ids}: parents, majority
	 * shareholders, groups ({@link CompanyLink#controlling()} tells which really do).
	 */
	@Query("""
			select l from CompanyLink l
			where (l.toAccountId in :ids and l.kind in (io.guanxi.relationship.CompanyLinkKind.PARENT,
			                                           io.guanxi.relationship.CompanyLinkKind.SHAREHOLDER))
			   or (l.fromAccountId in :ids and l.kind = io.guanxi.relationship.CompanyLinkKind.GROUP_MEMBER)""")
	List<CompanyLink> aboveAny(Collection<Long> ids);

	/** The links that may put an account below one of {@code ids}. */
	@Query("""
			select l from CompanyLink l
			where (l.fromAccountId in :ids and l.kind in (io.guanxi.relationship.CompanyLinkKind.PARENT,
			                                             io.guanxi.relationship.CompanyLinkKind.SHAREHOLDER))
			   or (l.toAccountId in :ids and l.kind = io.guanxi.relationship.CompanyLinkKind.GROUP_MEMBER)""")
	List<CompanyLink> belowAny(Collection<Long> ids);

}
