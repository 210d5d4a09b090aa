package io.guanxi.customer.transfer;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Next values of database sequences in the database's own SQL (PostgreSQL and H2 spell it
 * differently), as Hibernate's dialect writes it.
 */
@Component
class Sequences {

	private final JdbcClient jdbc;

	private final Dialect dialect;

	Sequences(JdbcClient jdbc, EntityManagerFactory entityManagerFactory) {
		this.jdbc = jdbc;
		this.dialect = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect();
	}

	long next(String sequence) {
		return jdbc.sql(dialect.getSequenceSupport().getSequenceNextValString(sequence)).query(Long.class).single();
	}

}
