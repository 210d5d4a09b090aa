package io.guanxi.relationship.transfer;

import java.util.Comparator;
import java.util.Map;

import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.RecordNotFoundException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.dao.DataAccessException;

/**
 * Writes the rows of a file through the module's services, one at a time, so that every
 * rule and access check of a form applies; what a service refuses becomes a problem of
 * the row, on the column it concerns.
 */
final class RowWriter {

	/** Rows written between two clearings of the persistence context. */
	private static final int CLEAR_EVERY = 200;

	private final Validator validator;

	private final EntityManager entityManager;

	private final Map<String, String> columnsByProperty;

	private final Map<String, String> columnsByRule;

	private final String changedColumn;

	private final String notChangeableKey;

	private boolean stopped;

	private int calls;

	/**
	 * @param columnsByProperty the column of each property of the service's command
	 * @param columnsByRule the column that each rule the service checks (by message key)
	 * concerns
	 * @param changedColumn the column naming the record that the importer must be allowed
	 * to change
	 * @param notChangeableKey the message when they may not
	 */
	RowWriter(Validator validator, EntityManager entityManager, Map<String, String> columnsByProperty,
			Map<String, String> columnsByRule, String changedColumn, String notChangeableKey) {
		this.validator = validator;
		this.entityManager = entityManager;
		this.columnsByProperty = Map.copyOf(columnsByProperty);
		this.columnsByRule = Map.copyOf(columnsByRule);
		this.changedColumn = changedColumn;
		this.notChangeableKey = notChangeableKey;
	}

	/**
	 * Checks the command as a form would and hands it to the service; whether written.
	 */
	boolean write(RowCheck row, Object command, Runnable service) {
		var violations = validator.validate(command);
		violations.stream()
			.sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
			.forEach(violation -> row.problemText(column(violation), violation.getMessage()));
		return violations.isEmpty() && call(row, service);
	}

	/** Calls the service; whether it accepted the row. */
	boolean call(RowCheck row, Runnable service) {
		try {
			service.run();
			if (++calls % CLEAR_EVERY == 0) {
				// written already: a smaller context keeps each later flush short
				entityManager.flush();
				entityManager.clear();
			}
			return true;
		}
		catch (BusinessRuleException ex) {
			row.problem(columnsByRule.get(ex.messageKey()), ex.messageKey(), ex.arguments());
		}
		catch (RecordNotFoundException ex) {
			row.problem(changedColumn, notChangeableKey, row.text(changedColumn));
		}
		catch (DataAccessException | PersistenceException ex) {
			// PostgreSQL refuses every later statement of the transaction
			stopped = true;
			row.problem(null, "relationship.import.error.database");
		}
		return false;
	}

	/** Whether the database refused a row, so that no later row can be checked. */
	boolean stopped() {
		return stopped;
	}

	private String column(ConstraintViolation<?> violation) {
		String property = violation.getPropertyPath().toString();
		return columnsByProperty.getOrDefault(property, property);
	}

}
