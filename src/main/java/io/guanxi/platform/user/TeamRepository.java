package io.guanxi.platform.user;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TeamRepository extends JpaRepository<Team, Long> {

	boolean existsByName(String name);

	List<Team> findAllByOrderByName();

}
