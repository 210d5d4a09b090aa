package io.guanxi.customer.transfer;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.guanxi.customer.AccountsImported;
import io.guanxi.customer.PhoneNumbers;
import io.guanxi.customer.SaveAccount;
import io.guanxi.customer.internal.Account;
import io.guanxi.platform.UserDirectory;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.hibernate.envers.AuditReaderFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One job's accounts: rows become {@link SaveAccount} commands checked by the same
 * Jakarta validation as the form and the API plus the owner rule, then go to the database
 * in JDBC batches, each with its Envers audit row in the import's one revision.
 */
final class AccountImportRun implements TargetRun<AccountImportRun.AccountRow> {

	private static final String INSERT = """
			insert into customer_account (id, name, kind, legal_name, industry, size_band, country, region, city,
			    address, postal_code, website, phone, phone_e164, email, source, tier, lifecycle_stage, status, notes,
			    owner_id, version, created_at, updated_at)
			values """;

	private static final String INSERT_ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)";

	private static final int INSERT_PARAMETERS = 23;

	/**
	 * Rows per INSERT statement: one statement of many rows costs the database far less
	 * than as many one-row statements, even batched.
	 */
	private static final int ROWS_PER_INSERT = 100;

	/** Cells left empty in the file leave the stored value alone. */
	private static final String UPDATE = """
			update customer_account set name = ?, kind = coalesce(?, kind), legal_name = coalesce(?, legal_name),
			    industry = coalesce(?, industry), size_band = coalesce(?, size_band), country = coalesce(?, country),
			    region = coalesce(?, region), city = coalesce(?, city), address = coalesce(?, address),
			    postal_code = coalesce(?, postal_code), website = coalesce(?, website), phone = coalesce(?, phone),
			    phone_e164 = coalesce(?, phone_e164), email = coalesce(?, email), source = coalesce(?, source),
			    tier = coalesce(?, tier), lifecycle_stage = coalesce(?, lifecycle_stage), status = coalesce(?, status),
			    notes = coalesce(?, notes), owner_id = coalesce(?, owner_id), version = version + 1, updated_at = ?
			where id = ?
			""";

	private static final String AUDIT_COLUMNS = "name, owner_id, kind, legal_name, industry, size_band, country, region, "
			+ "city, address, postal_code, website, phone, phone_e164, email, source, tier, lifecycle_stage, status, notes";

	private static final String AUDIT = "insert into customer_account_aud (id, rev, revtype, " + AUDIT_COLUMNS
			+ ") select id, :rev, :revtype, " + AUDIT_COLUMNS + " from customer_account where id in (:ids)";

	private static final List<String> FIELD_ORDER = List.of("name", "kind", "legalName", "industry", "sizeBand",
			"country", "region", "city", "address", "postalCode", "website", "phone", "email", "source", "tier",
			"lifecycleStage", "status", "notes", "owner");

	private final ImportContext context;

	private final AccountImportTarget.Services services;

	private final AccountIds ids;

	private final Timestamp now;

	private final Set<Long> createdIds = new HashSet<>();

	private @Nullable Owners owners;

	private @Nullable Long revision;

	/** A valid row; {@code cleaned} holds its values as the entity would store them. */
	record AccountRow(SaveAccount command, Account cleaned) {
	}

	AccountImportRun(ImportContext context, AccountImportTarget.Services services) {
		this.context = context;
		this.services = services;
		this.ids = new AccountIds(services.database());
		this.now = Timestamp.from(context.now());
	}

	@Override
	public @Nullable AccountRow read(RowValues row, List<RowError> errors) {
		List<RowError> found = new ArrayList<>();
		var choices = services.choices();
		var kind = choice(row, "kind", choices.kind(), found);
		var industry = choice(row, "industry", choices.industry(), found);
		var size = choice(row, "sizeBand", choices.size(), found);
		var source = choice(row, "source", choices.source(), found);
		var tier = choice(row, "tier", choices.tier(), found);
		var lifecycle = choice(row, "lifecycleStage", choices.lifecycle(), found);
		var status = choice(row, "status", choices.status(), found);
		String country = row.value("country");
		Long ownerId = owner(row, found);
		SaveAccount command = new SaveAccount(Objects.requireNonNullElse(row.value("name"), ""), kind,
				row.value("legalName"), industry, size, country == null ? null : country.toUpperCase(Locale.ROOT),
				row.value("region"), row.value("city"), row.value("address"), row.value("postalCode"),
				row.value("website"), row.value("phone"), row.value("email"), source, tier, lifecycle, status,
				row.value("notes"), ownerId);
		for (ConstraintViolation<SaveAccount> violation : services.validator().validate(command)) {
			String field = violation.getPropertyPath().toString();
			found.add(row.error("ownerId".equals(field) ? "owner" : field, violation.getMessage()));
		}
		if (!found.isEmpty()) {
			found.sort(Comparator.comparingInt(error -> FIELD_ORDER.indexOf(error.field())));
			errors.addAll(found);
			return null;
		}
		String e164 = services.phoneNumbers().e164(command.phone(), command.country()).orElse(null);
		Account cleaned = new Account(command.name().strip(), ownerId == null ? context.userId() : ownerId);
		cleaned.describe(command, e164);
		return new AccountRow(command, cleaned);
	}

	@Override
	public List<String> duplicateKeys(AccountRow row) {
		List<String> keys = new ArrayList<>(3);
		if (row.cleaned().phoneE164() != null) {
			keys.add("p:" + row.cleaned().phoneE164());
		}
		if (row.cleaned().email() != null) {
			keys.add("e:" + row.cleaned().email());
		}
		keys.add("n:" + row.cleaned().name().toLowerCase(Locale.ROOT));
		return keys;
	}

	@Override
	public Map<String, Long> existing(Collection<String> keys) {
		Map<String, List<String>> byKind = new HashMap<>();
		keys.forEach(
				key -> byKind.computeIfAbsent(key.substring(0, 2), kind -> new ArrayList<>()).add(key.substring(2)));
		Map<String, Long> existing = new HashMap<>();
		// one query per key, so that each uses its index (several ORed IN lists scan on
		// H2)
		find(byKind.get("p:"), "phone_e164", existing);
		find(byKind.get("e:"), "email", existing);
		find(byKind.get("n:"), services.database().accountNameKey(), existing);
		return existing;
	}

	/**
	 * Visibility is checked here rather than in SQL: with an owner condition H2 reads all
	 * of the importer's accounts through the owner index instead of looking the keys up.
	 */
	private void find(@Nullable List<String> values, String column, Map<String, Long> existing) {
		if (values == null || values.isEmpty()) {
			return;
		}
		// visibility is checked here rather than in SQL: with an owner condition H2 reads
		// all of
		// the importer's accounts through the owner index instead of looking the keys up
		String select = "select id, owner_id, name, phone_e164, email from customer_account where " + column;
		RowCallbackHandler collect = rs -> {
			if (!context.scope().permits(rs.getLong("owner_id"))) {
				return;
			}
			long id = rs.getLong("id");
			existing.putIfAbsent("n:" + rs.getString("name").toLowerCase(Locale.ROOT), id);
			String phone = rs.getString("phone_e164");
			if (phone != null) {
				existing.putIfAbsent("p:" + phone, id);
			}
			String email = rs.getString("email");
			if (email != null) {
				existing.putIfAbsent("e:" + email, id);
			}
		};
		if (services.database().arrays()) {
			// one array parameter: PostgreSQL prepares the statement once instead of
			// planning
			// a new 1,000-parameter statement for every chunk
			services.jdbcTemplate().query(connection -> {
				PreparedStatement statement = connection.prepareStatement(select + " = any(?) order by id");
				statement.setArray(1, connection.createArrayOf("text", values.toArray()));
				return statement;
			}, collect);
		}
		else {
			services.jdbc().sql(select + " in (:values) order by id").param("values", values).query(collect);
		}
	}

	@Override
	public void create(List<AccountRow> rows) {
		if (rows.isEmpty()) {
			return;
		}
		ids.reserve(rows.size());
		List<Long> newIds = new ArrayList<>(rows.size());
		rows.forEach(row -> newIds.add(ids.next()));
		int full = rows.size() / ROWS_PER_INSERT;
		if (full > 0) {
			services.jdbcTemplate().batchUpdate(insert(ROWS_PER_INSERT), new BatchPreparedStatementSetter() {

				@Override
				public void setValues(PreparedStatement ps, int statement) throws SQLException {
					for (int r = 0; r < ROWS_PER_INSERT; r++) {
						int row = statement * ROWS_PER_INSERT + r;
						setInsert(ps, r * INSERT_PARAMETERS, newIds.get(row), rows.get(row).cleaned());
					}
				}

				@Override
				public int getBatchSize() {
					return full;
				}

			});
		}
		int rest = rows.size() - full * ROWS_PER_INSERT;
		if (rest > 0) {
			services.jdbcTemplate().update(insert(rest), ps -> {
				for (int r = 0; r < rest; r++) {
					int row = full * ROWS_PER_INSERT + r;
					setInsert(ps, r * INSERT_PARAMETERS, newIds.get(row), rows.get(row).cleaned());
				}
			});
		}
		createdIds.addAll(newIds);
		audit(newIds, 0);
	}

	private static String insert(int rows) {
		return INSERT + String.join(", ", java.util.Collections.nCopies(rows, INSERT_ROW));
	}

	private void setInsert(PreparedStatement ps, int offset, long id, Account account) throws SQLException {
		ps.setLong(offset + 1, id);
		ps.setString(offset + 2, account.name());
		ps.setString(offset + 3, account.kind().name());
		text(ps, offset + 4, account.legalName());
		text(ps, offset + 5, account.industry());
		text(ps, offset + 6, account.sizeBand());
		text(ps, offset + 7, account.country());
		text(ps, offset + 8, account.region());
		text(ps, offset + 9, account.city());
		text(ps, offset + 10, account.address());
		text(ps, offset + 11, account.postalCode());
		text(ps, offset + 12, account.website());
		text(ps, offset + 13, account.phone());
		text(ps, offset + 14, account.phoneE164());
		text(ps, offset + 15, account.email());
		text(ps, offset + 16, account.source());
		text(ps, offset + 17, account.tier());
		ps.setString(offset + 18, account.lifecycleStage().name());
		ps.setString(offset + 19, account.status().name());
		text(ps, offset + 20, account.notes());
		ps.setLong(offset + 21, account.ownerId());
		ps.setTimestamp(offset + 22, now);
		ps.setTimestamp(offset + 23, now);
	}

	@Override
	public void update(Map<Long, AccountRow> rows) {
		if (rows.isEmpty()) {
			return;
		}
		List<Map.Entry<Long, AccountRow>> entries = new ArrayList<>(rows.entrySet());
		services.jdbcTemplate().batchUpdate(UPDATE, new BatchPreparedStatementSetter() {

			@Override
			public void setValues(PreparedStatement ps, int i) throws SQLException {
				SaveAccount command = entries.get(i).getValue().command();
				Account account = entries.get(i).getValue().cleaned();
				ps.setString(1, account.name());
				text(ps, 2, command.kind());
				text(ps, 3, account.legalName());
				text(ps, 4, account.industry());
				text(ps, 5, account.sizeBand());
				text(ps, 6, account.country());
				text(ps, 7, account.region());
				text(ps, 8, account.city());
				text(ps, 9, account.address());
				text(ps, 10, account.postalCode());
				text(ps, 11, account.website());
				text(ps, 12, account.phone());
				text(ps, 13, account.phoneE164());
				text(ps, 14, account.email());
				text(ps, 15, account.source());
				text(ps, 16, account.tier());
				text(ps, 17, command.lifecycleStage());
				text(ps, 18, command.status());
				text(ps, 19, account.notes());
				if (command.ownerId() == null) {
					ps.setNull(20, Types.BIGINT);
				}
				else {
					ps.setLong(20, command.ownerId());
				}
				ps.setTimestamp(21, now);
				ps.setLong(22, entries.get(i).getKey());
			}

			@Override
			public int getBatchSize() {
				return entries.size();
			}

		});
		// one audit row per account and revision, as Envers keeps it: the latest state
		List<Long> updated = List.copyOf(rows.keySet());
		services.jdbc()
			.sql("delete from customer_account_aud where rev = :rev and id in (:ids)")
			.param("rev", revision())
			.param("ids", updated)
			.update();
		audit(updated.stream().filter(createdIds::contains).toList(), 0);
		audit(updated.stream().filter(id -> !createdIds.contains(id)).toList(), 1);
	}

	@Override
	public void finish(ImportCounts counts) {
		if (counts.created() + counts.updated() > 0) {
			services.events()
				.publishEvent(
						new AccountsImported(context.jobId(), context.userId(), counts.created(), counts.updated()));
		}
	}

	private void audit(List<Long> accountIds, int revisionType) {
		if (!accountIds.isEmpty()) {
			services.jdbc()
				.sql(AUDIT)
				.param("rev", revision())
				.param("revtype", revisionType)
				.param("ids", accountIds)
				.update();
		}
	}

	/**
	 * The import's one Envers revision, made by Envers itself (so it carries the
	 * importer, as every other revision does) the first time a row is written.
	 */
	private long revision() {
		if (revision == null) {
			EntityManager entityManager = services.entityManager();
			Object data = AuditReaderFactory.get(entityManager).getCurrentRevision(Object.class, true);
			entityManager.flush();
			Object id = entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(data);
			revision = ((Number) Objects.requireNonNull(id)).longValue();
		}
		return revision;
	}

	private <E extends Enum<E>> @Nullable E choice(RowValues row, String field, ChoiceLabels<E> labels,
			List<RowError> errors) {
		String text = row.value(field);
		if (text == null) {
			return null;
		}
		var value = labels.parse(text);
		if (value.isEmpty()) {
			errors.add(row.error(field, message("customer.transfer.error.choice", text)));
		}
		return value.orElse(null);
	}

	private @Nullable Long owner(RowValues row, List<RowError> errors) {
		String text = row.value("owner");
		if (text == null) {
			return null;
		}
		if (owners == null) {
			owners = new Owners(services.users().assignableOwners());
		}
		Long id = owners.find(text);
		if (id == null) {
			boolean exists = services.users().findByUsername(text).isPresent();
			errors.add(row.error("owner", exists ? message("customer.account.error.owner")
					: message("customer.transfer.error.ownerUnknown", text)));
		}
		return id;
	}

	private String message(String key, Object... arguments) {
		return services.messages().getMessage(key, arguments, key, context.locale());
	}

	private static void text(PreparedStatement ps, int index, @Nullable Object value) throws SQLException {
		if (value == null) {
			ps.setNull(index, Types.VARCHAR);
		}
		else {
			ps.setString(index, value instanceof Enum<?> choice ? choice.name() : value.toString());
		}
	}

	/**
	 * The users the importer may give accounts to, by user name (any case) or, when
	 * unique, by display name.
	 */
	private static final class Owners {

		private final Map<String, Long> byName = new LinkedHashMap<>();

		Owners(List<UserDirectory.UserSummary> assignable) {
			Map<String, Long> byDisplayName = new HashMap<>();
			Set<String> ambiguous = new HashSet<>();
			for (UserDirectory.UserSummary user : assignable) {
				String display = user.displayName().strip().toLowerCase(Locale.ROOT);
				if (byDisplayName.put(display, user.id()) != null) {
					ambiguous.add(display);
				}
			}
			ambiguous.forEach(byDisplayName::remove);
			byName.putAll(byDisplayName);
			assignable.forEach(user -> byName.put(user.username().toLowerCase(Locale.ROOT), user.id()));
		}

		@Nullable Long find(String text) {
			return byName.get(text.strip().toLowerCase(Locale.ROOT));
		}

	}

}
