package io.guanxi.customer.transfer;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import io.guanxi.customer.AccountsImported;
import io.guanxi.customer.SaveAccount;
import io.guanxi.customer.internal.Account;
import jakarta.validation.ConstraintViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * One job's accounts: rows become {@link SaveAccount} commands checked by the same
 * Jakarta validation as the form and the API plus the owner rule, then go to the database
 * in JDBC batches, each with its Envers audit row in the import's one revision and its
 * search terms.
 */
final class AccountImportRun extends BulkRun<AccountImportRun.AccountRow> {

	private static final String INSERT = """
			insert into customer_account (id, name, kind, legal_name, industry, size_band, country, region, city,
			    address, postal_code, website, phone, phone_e164, email, source, tier, lifecycle_stage, status, notes,
			    owner_id, search_terms, version, created_at, updated_at)""";

	private static final String INSERT_ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)";

	private static final int INSERT_PARAMETERS = 24;

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

	private static final List<String> FIELD_ORDER = List.of("name", "kind", "legalName", "industry", "sizeBand",
			"country", "region", "city", "address", "postalCode", "website", "phone", "email", "source", "tier",
			"lifecycleStage", "status", "notes", "owner");

	private final AccountImportTarget.Choices choices;

	/** A valid row; {@code cleaned} holds its values as the entity would store them. */
	record AccountRow(SaveAccount command, Account cleaned) {
	}

	AccountImportRun(ImportContext context, ImportSupport support, AccountImportTarget.Choices choices) {
		super(context, support, "customer_account", AUDIT_COLUMNS);
		this.choices = choices;
	}

	@Override
	public @Nullable AccountRow read(RowValues row, List<RowError> errors) {
		List<RowError> found = new ArrayList<>();
		var kind = choice(row, "kind", choices.kind(), found);
		var industry = choice(row, "industry", choices.industry(), found);
		var size = choice(row, "sizeBand", choices.size(), found);
		var source = choice(row, "source", choices.source(), found);
		var tier = choice(row, "tier", choices.tier(), found);
		var lifecycle = choice(row, "lifecycleStage", choices.lifecycle(), found);
		var status = choice(row, "status", choices.status(), found);
		String country = row.value("country");
		Long ownerId = owner(row, found, "customer.account.error.owner");
		SaveAccount command = new SaveAccount(Objects.requireNonNullElse(row.value("name"), ""), kind,
				row.value("legalName"), industry, size, country == null ? null : country.toUpperCase(Locale.ROOT),
				row.value("region"), row.value("city"), row.value("address"), row.value("postalCode"),
				row.value("website"), row.value("phone"), row.value("email"), source, tier, lifecycle, status,
				row.value("notes"), ownerId);
		for (ConstraintViolation<SaveAccount> violation : support.validator().validate(command)) {
			String field = violation.getPropertyPath().toString();
			found.add(row.error("ownerId".equals(field) ? "owner" : field, violation.getMessage()));
		}
		if (!found.isEmpty()) {
			found.sort(Comparator.comparingInt(error -> FIELD_ORDER.indexOf(error.field())));
			errors.addAll(found);
			return null;
		}
		String e164 = support.phoneNumbers().e164(command.phone(), command.country()).orElse(null);
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
		find(byKind.get("n:"), support.database().accountNameKey(), existing);
		return existing;
	}

	/**
	 * Visibility is checked here rather than in SQL: with an owner condition H2 reads all
	 * of the importer's accounts through the owner index instead of looking the keys up.
	 */
	private void find(@Nullable List<String> values, String column, Map<String, Long> existing) {
		if (values == null) {
			return;
		}
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
		support.database()
			.forEachIn("select id, owner_id, name, phone_e164, email from customer_account", column, values, collect);
	}

	@Override
	public void create(List<AccountRow> rows) {
		if (rows.isEmpty()) {
			return;
		}
		List<String[]> terms = rows.stream().map(row -> row.cleaned().searchTerms()).toList();
		support.searchWords().registerFirst(terms);
		List<Long> newIds = newIds(rows.size());
		insert(INSERT, INSERT_ROW, INSERT_PARAMETERS, newIds, (ps, offset, row) -> {
			Account account = rows.get(row).cleaned();
			ps.setLong(offset + 1, newIds.get(row));
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
			terms(ps, offset + 22, terms.get(row));
			ps.setTimestamp(offset + 23, now);
			ps.setTimestamp(offset + 24, now);
		});
	}

	@Override
	public void update(Map<Long, AccountRow> rows) {
		if (rows.isEmpty()) {
			return;
		}
		List<Map.Entry<Long, AccountRow>> entries = new ArrayList<>(rows.entrySet());
		support.jdbcTemplate().batchUpdate(UPDATE, new BatchPreparedStatementSetter() {

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
				id(ps, 20, command.ownerId());
				ps.setTimestamp(21, now);
				ps.setLong(22, entries.get(i).getKey());
			}

			@Override
			public int getBatchSize() {
				return entries.size();
			}

		});
		refreshSearchTerms(rows.keySet());
		auditUpdates(rows.keySet());
	}

	/**
	 * The terms of updated accounts, from what they hold now: empty cells kept some of
	 * the searchable texts.
	 */
	private void refreshSearchTerms(Collection<Long> ids) {
		record Terms(long id, String[] terms) {
		}
		List<Terms> terms = support.jdbc()
			.sql("select id, name, legal_name, phone, phone_e164 from customer_account where id in (:ids)")
			.param("ids", ids)
			.query((rs, n) -> new Terms(rs.getLong(1),
					Account.searchTermsOf(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5))))
			.list();
		support.searchWords().registerFirst(terms.stream().map(Terms::terms).toList());
		support.jdbcTemplate()
			.batchUpdate("update customer_account set search_terms = ? where id = ?", terms, terms.size(),
					(ps, row) -> {
						terms(ps, 1, row.terms());
						ps.setLong(2, row.id());
					});
	}

	@Override
	public void finish(ImportCounts counts) {
		if (counts.created() + counts.updated() > 0) {
			support.events()
				.publishEvent(
						new AccountsImported(context.jobId(), context.userId(), counts.created(), counts.updated()));
		}
	}

}
