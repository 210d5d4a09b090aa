package io.guanxi.customer.transfer;

import java.lang.annotation.ElementType;

import io.guanxi.customer.PhoneNumbers;
import io.guanxi.platform.UserDirectory;
import jakarta.persistence.EntityManager;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the runs of every target need: the database, validation as in forms and the API,
 * phone numbers, users, events and messages. The entity manager is the shared,
 * transaction-bound one.
 */
@Component
class ImportSupport {

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final Database database;

	private final SearchWords searchWords;

	private final Validator validator;

	private final PhoneNumbers phoneNumbers;

	private final UserDirectory users;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final EntityManager entityManager;

	ImportSupport(JdbcClient jdbc, JdbcTemplate jdbcTemplate, Database database, SearchWords searchWords,
			ValidatorFactory validatorFactory, PhoneNumbers phoneNumbers, UserDirectory users,
			ApplicationEventPublisher events, MessageSource messages, EntityManager entityManager) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.database = database;
		this.searchWords = searchWords;
		// the same constraints, messages and validators as everywhere; only the check
		// whether a property is a loaded JPA attribute is skipped: commands are no
		// entities
		this.validator = validatorFactory.usingContext().traversableResolver(new AllReachable()).getValidator();
		this.phoneNumbers = phoneNumbers;
		this.users = users;
		this.events = events;
		this.messages = messages;
		this.entityManager = entityManager;
	}

	JdbcClient jdbc() {
		return jdbc;
	}

	JdbcTemplate jdbcTemplate() {
		return jdbcTemplate;
	}

	Database database() {
		return database;
	}

	SearchWords searchWords() {
		return searchWords;
	}

	Validator validator() {
		return validator;
	}

	PhoneNumbers phoneNumbers() {
		return phoneNumbers;
	}

	UserDirectory users() {
		return users;
	}

	ApplicationEventPublisher events() {
		return events;
	}

	MessageSource messages() {
		return messages;
	}

	EntityManager entityManager() {
		return entityManager;
	}

	private static final class AllReachable implements TraversableResolver {

		@Override
		public boolean isReachable(Object bean, Path.Node property, Class<?> rootType, Path path, ElementType type) {
			return true;
		}

		@Override
		public boolean isCascadable(Object bean, Path.Node property, Class<?> rootType, Path path, ElementType type) {
			return true;
		}

	}

}
