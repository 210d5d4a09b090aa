package io.guanxi.customer.contact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.guanxi.customer.ContactFilter;
import io.guanxi.customer.ContactSummary;
import io.guanxi.customer.CustomFieldService;
import io.guanxi.customer.ListQueries;
import io.guanxi.customer.ListQuery;
import io.guanxi.customer.PreferredChannel;
import io.guanxi.customer.ProfileSection.Subject;
import io.guanxi.customer.SqlCondition;
import io.guanxi.platform.AccessScope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Contact lists in SQL (see {@link ListQueries}), the same way as account lists: the
 * contact filter's own criteria, and sorting limited to a few columns.
 */
@Component
public class ContactQueries extends ListQueries<ContactFilter, ContactSummary> {

	private static final Map<String, String> SORTABLE = Map.of("fullName", "c.full_name", "alternateName",
			"c.alternate_name", "jobTitle", "c.job_title", "email", "c.email", "city", "c.city", "createdAt",
			"c.created_at", "updatedAt", "c.updated_at");

	/** Owner names and accounts are left for the caller to add, for a page at once. */
	private static final String COLUMNS = "c.id, c.full_name, c.alternate_name, c.job_title, c.mobile, c.phone, "
			+ "c.email, c.wechat, c.city, c.preferred_language, c.preferred_channel, c.do_not_contact, c.owner_id, "
			+ "c.created_at, c.updated_at";

	ContactQueries(JdbcClient jdbc, ObjectProvider<CustomFieldService> customFields) {
		super(jdbc, customFields, Subject.CONTACT, "c", COLUMNS, SORTABLE, "c.full_name");
	}

	@Override
	protected ListQuery narrow(ListQuery query, ContactFilter filter, AccessScope scope) {
		query.containing("text", filter.q(), "c.full_name", "c.alternate_name", "c.email")
			.present("c.mobile", filter.hasMobile())
			.present("c.email", filter.hasEmail())
			.equalTo("c.do_not_contact", "doNotContact", filter.doNotContact())
			.in("c.preferred_channel", "channel", filter.channel())
			.in("c.preferred_language", "language", filter.language());
		if (filter.account() != null && !filter.account().isBlank()) {
			query.where(atAccountNamed(filter.account(), scope));
		}
		return query;
	}

	/**
	 * Works at an account whose name contains the text, among the accounts the caller may
	 * see: a hidden account's name must not show through its contacts.
	 */
	private static SqlCondition atAccountNamed(String text, AccessScope scope) {
		Map<String, Object> parameters = new HashMap<>(scope.ownerParameters());
		parameters.put("accountName", ListQuery.containsPattern(text));
		return new SqlCondition("""
				exists (select 1 from customer_account_contact l join customer_account la on la.id = l.account_id
				        where l.contact_id = c.id and lower(la.name) like :accountName escape '\\' and %s)"""
			.formatted(scope.ownerCondition("la.owner_id")), parameters);
	}

	@Override
	protected ContactSummary row(ResultSet rs, int rowNum) throws SQLException {
		String channel = rs.getString("preferred_channel");
		return new ContactSummary(rs.getLong("id"), rs.getString("full_name"), rs.getString("alternate_name"),
				rs.getString("job_title"), List.of(), rs.getString("mobile"), rs.getString("phone"),
				rs.getString("email"), rs.getString("wechat"), rs.getString("city"), rs.getString("preferred_language"),
				channel == null ? null : PreferredChannel.valueOf(channel), rs.getBoolean("do_not_contact"),
				rs.getLong("owner_id"), "", rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant());
	}

}
