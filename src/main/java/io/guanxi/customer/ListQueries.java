package io.guanxi.customer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.guanxi.customer.ProfileSection.Subject;
import io.guanxi.platform.AccessScope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SQL of one customer list (see {@link ListQuery}): pages for the list and the API,
 * ids in list order for exports. A subclass reads a row and adds its own filter's
 * criteria; the criteria every list has (owner, dates, tags, custom fields) and the order
 * are added here.
 *
 * @param <F> the list's filter
 * @param <R> a row of the list
 */
public abstract class ListQueries<F extends ListFilter, R> {

	private final JdbcClient jdbc;

	/**
	 * Lazily, since custom fields check record access through the services, which use
	 * this.
	 */
	private final ObjectProvider<CustomFieldService> customFields;

	private final Subject subject;

	private final String alias;

	private final String columns;

	private final Map<String, String> sortable;

	private final String defaultOrder;

	/**
	 * @param alias what the query calls the subject's table
	 * @param columns the columns a row reads, qualified by the alias
	 * @param sortable sort properties by the columns they sort by
	 * @param defaultOrder the column to sort by when the request names no sortable
	 * property
	 */
	protected ListQueries(JdbcClient jdbc, ObjectProvider<CustomFieldService> customFields, Subject subject,
			String alias, String columns, Map<String, String> sortable, String defaultOrder) {
		this.jdbc = jdbc;
		this.customFields = customFields;
		this.subject = subject;
		this.alias = alias;
		this.columns = columns;
		this.sortable = sortable;
		this.defaultOrder = defaultOrder;
	}

	/** A page of the matching records, with a total counted up to the limit. */
	public Page<R> page(F filter, AccessScope scope, Pageable pageable) {
		return matching(filter, scope, pageable.getSort()).page(jdbc, columns, pageable, this::row);
	}

	/** The ids of every matching record in list order, {@code size} at a time. */
	public void forEachIdBatch(F filter, AccessScope scope, Sort sort, int size, Consumer<List<Long>> action) {
		matching(filter, scope, sort).forEachIdBatch(jdbc, size, action);
	}

	protected abstract R row(ResultSet rs, int rowNum) throws SQLException;

	/** Adds the criteria of this list's own filter. */
	protected abstract ListQuery narrow(ListQuery query, F filter, AccessScope scope);

	private ListQuery matching(F filter, AccessScope scope, Sort sort) {
		List<CustomFieldDefinition> fields = filter.hasDateOrFieldCriteria()
				? customFields.getObject().activeDefinitions(subject) : List.of();
		return narrow(ListQuery.visible(subject, alias, scope), filter, scope).common(filter, subject, fields)
			.orderBy(sort, sortable, defaultOrder);
	}

}
