package io.guanxi.customer.transfer;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.guanxi.customer.ContactsImported;
import io.guanxi.customer.PreferredChannel;
import io.guanxi.customer.SaveContact;
import io.guanxi.customer.contact.Contact;
import io.guanxi.customer.contact.PersonNames;
import jakarta.validation.ConstraintViolation;
import org.jspecify.annotations.Nullable;

/**
 * One job's contacts: rows become {@link SaveContact} commands checked by the same
 * validation as the form and the API, then go to the database in JDBC batches with their
 * search terms, their link to an account and their Envers audit rows.
 * <p>
 * The account column links each contact to the account of exactly that name (ignoring
 * case) among those the importer may see. A name that matches none, or several, refuses
 * the row rather than creating an account: a typo or a shorter form of the name (华为 for
 * 华为技术有限公司) would otherwise leave a second, empty company behind, and an account the
 * importer may not see would be duplicated. Accounts come first, from the account import.
 * National phone numbers of a contact at an account in another country are read in that
 * country and stored with their country code, so that they read the same everywhere.
 */
final class ContactImportRun extends BulkRun<ContactImportRun.ContactRow> {

	private static final String INSERT = """
			insert into customer_contact (id, family_name, given_name, full_name, alternate_name, job_title, mobile,
			    mobile_e164, phone, phone_e164, email, wechat, birthday, preferred_language, preferred_channel,
			    do_not_contact, city, notes, owner_id, search_terms, version, created_at, updated_at)""";

	private static final String INSERT_ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)";

	private static final int INSERT_PARAMETERS = 22;

	private static final String UPDATE = """
			update customer_contact set family_name = ?, given_name = ?, full_name = ?, alternate_name = ?,
			    job_title = ?, mobile = ?, mobile_e164 = ?, phone = ?, phone_e164 = ?, email = ?, wechat = ?,
			    birthday = ?, preferred_language = ?, preferred_channel = ?, do_not_contact = ?, city = ?, notes = ?,
			    owner_id = ?, search_terms = ?, version = version + 1, updated_at = ?
			where id = ?""";

	private static final String COLUMNS = "family_name, given_name, full_name, alternate_name, job_title, mobile, "
			+ "mobile_e164, phone, phone_e164, email, wechat, birthday, preferred_language, preferred_channel, "
			+ "do_not_contact, city, notes, owner_id";

	private static final List<String> FIELD_ORDER = List.of("fullName", "familyName", "givenName", "alternateName",
			"jobTitle", "account", "mobile", "phone", "email", "wechat", "birthday", "preferredLanguage",
			"preferredChannel", "doNotContact", "city", "notes", "owner");

	private final ContactImportTarget target;

	private final AccountsByName accounts;

	private final ImportedLinks links;

	/**
	 * A valid row: the command as read, the contact as it would be stored, the account to
	 * link it to, and whether the file said anything about do-not-contact.
	 */
	record ContactRow(SaveContact command, Contact cleaned, @Nullable Long accountId, @Nullable Boolean doNotContact) {
	}

	ContactImportRun(ImportContext context, ImportSupport support, ContactImportTarget target) {
		super(context, support, "customer_contact", COLUMNS);
		this.target = target;
		this.accounts = new AccountsByName(support.database(), context.scope());
		this.links = new ImportedLinks(support, now);
	}

	/** The accounts that the chunk's rows name, in one query. */
	@Override
	public void prepare(List<RowValues> rows) {
		accounts.lookUp(rows.stream().map(row -> row.value("account")).filter(Objects::nonNull).toList());
	}

	@Override
	public @Nullable ContactRow read(RowValues row, List<RowError> errors) {
		List<RowError> found = new ArrayList<>();
		String family = row.value("familyName");
		String given = row.value("givenName");
		String fullName = row.value("fullName");
		boolean split = family == null && given == null && fullName != null;
		if (split) {
			PersonNames.Parts parts = PersonNames.split(fullName);
			family = parts.familyName();
			given = parts.givenName();
		}
		AccountsByName.Match account = account(row, found);
		String region = account == null ? null : account.country();
		PreferredChannel channel = choice(row, "preferredChannel", target.channels(), found);
		String language = language(row, found);
		LocalDate birthday = birthday(row, found);
		Boolean doNotContact = yesOrNo(row, "doNotContact", found);
		Long ownerId = owner(row, found, "customer.contact.error.owner");
		SaveContact command = new SaveContact(family, given, row.value("alternateName"), row.value("jobTitle"),
				regional(row.value("mobile"), region), regional(row.value("phone"), region), row.value("email"),
				row.value("wechat"), birthday, language, channel, doNotContact, row.value("city"), row.value("notes"),
				ownerId);
		for (ConstraintViolation<SaveContact> violation : support.validator().validate(command)) {
			found.add(row.error(field(violation.getPropertyPath().toString(), split, row), violation.getMessage()));
		}
		if (!found.isEmpty()) {
			found.sort(Comparator.comparingInt(error -> FIELD_ORDER.indexOf(error.field())));
			errors.addAll(found);
			return null;
		}
		Contact cleaned = contact(command, e164(command.mobile()), e164(command.phone()),
				ownerId == null ? context.userId() : ownerId);
		return new ContactRow(command, cleaned, account == null ? null : account.id(), doNotContact);
	}

	/** The mapped field that a violation of the command is about. */
	private static String field(String property, boolean split, RowValues row) {
		return switch (property) {
			case "ownerId" -> "owner";
			case "named" -> row.column("fullName") != null ? "fullName"
					: row.column("familyName") != null ? "familyName" : "givenName";
			case "familyName", "givenName" -> split ? "fullName" : property;
			default -> property;
		};
	}

	/**
	 * A national number read in the account's country, with its country code; as typed
	 * when it has one, when the account has no country or when it is no number there.
	 */
	private @Nullable String regional(@Nullable String phone, @Nullable String region) {
		if (phone == null || region == null || phone.startsWith("+")
				|| region.equals(support.phoneNumbers().defaultRegion())) {
			return phone;
		}
		return support.phoneNumbers().international(phone, region).orElse(phone);
	}

	private @Nullable String e164(@Nullable String phone) {
		return support.phoneNumbers().e164(phone).orElse(null);
	}

	private static Contact contact(SaveContact command, @Nullable String mobileE164, @Nullable String phoneE164,
			long ownerId) {
		Contact contact = new Contact(command.familyName(), command.givenName(), ownerId);
		contact.rename(command.familyName(), command.givenName(), command.alternateName());
		contact.reachAt(command.mobile(), mobileE164, command.phone(), phoneE164, command.email(), command.wechat());
		contact.describe(command.jobTitle(), command.birthday(), command.city(), command.notes());
		contact.prefer(command.preferredLanguage(), command.preferredChannel(),
				Boolean.TRUE.equals(command.doNotContact()));
		return contact;
	}

	private AccountsByName.@Nullable Match account(RowValues row, List<RowError> errors) {
		String name = row.value("account");
		if (name == null) {
			return null;
		}
		List<AccountsByName.Match> matches = accounts.find(name);
		if (matches.size() == 1) {
			return matches.get(0);
		}
		errors.add(row.error("account", matches.isEmpty() ? message("customer.transfer.contacts.error.noAccount", name)
				: message("customer.transfer.contacts.error.ambiguousAccount", name, matches.size())));
		return null;
	}

	private @Nullable String language(RowValues row, List<RowError> errors) {
		String text = row.value("preferredLanguage");
		if (text == null) {
			return null;
		}
		var language = target.language(text);
		if (language.isEmpty()) {
			errors.add(row.error("preferredLanguage", message("customer.transfer.error.choice", text)));
		}
		return language.orElse(null);
	}

	private @Nullable LocalDate birthday(RowValues row, List<RowError> errors) {
		String text = row.value("birthday");
		if (text == null) {
			return null;
		}
		var date = Cells.date(text);
		if (date.isEmpty()) {
			errors.add(row.error("birthday", message("customer.transfer.error.date", text)));
		}
		return date.orElse(null);
	}

	private @Nullable Boolean yesOrNo(RowValues row, String field, List<RowError> errors) {
		String text = row.value(field);
		if (text == null) {
			return null;
		}
		var value = Cells.yesOrNo(text);
		if (value.isEmpty()) {
			errors.add(row.error(field, message("customer.transfer.error.yesNo", text)));
		}
		return value.orElse(null);
	}

	/** The normalised mobile number first, then the e-mail address. */
	@Override
	public List<String> duplicateKeys(ContactRow row) {
		List<String> keys = new ArrayList<>(2);
		if (row.cleaned().mobileE164() != null) {
			keys.add("m:" + row.cleaned().mobileE164());
		}
		if (row.cleaned().email() != null) {
			keys.add("e:" + row.cleaned().email());
		}
		return keys;
	}

	@Override
	public Map<String, Long> existing(Collection<String> keys) {
		Map<String, Long> existing = new HashMap<>();
		// one query per key, so that each uses its index; visibility is checked here for
		// the same reason as for accounts
		find(keys, "m:", "mobile_e164", existing);
		find(keys, "e:", "email", existing);
		return existing;
	}

	private void find(Collection<String> keys, String kind, String column, Map<String, Long> existing) {
		List<String> values = keys.stream().filter(key -> key.startsWith(kind)).map(key -> key.substring(2)).toList();
		support.database()
			.forEachIn("select id, owner_id, mobile_e164, email from customer_contact", column, values, rs -> {
				if (context.scope().permits(rs.getLong("owner_id"))) {
					long id = rs.getLong("id");
					String mobile = rs.getString("mobile_e164");
					String email = rs.getString("email");
					if (mobile != null) {
						existing.putIfAbsent("m:" + mobile, id);
					}
					if (email != null) {
						existing.putIfAbsent("e:" + email, id);
					}
				}
			});
	}

	@Override
	public void create(List<ContactRow> rows) {
		if (rows.isEmpty()) {
			return;
		}
		List<String[]> terms = rows.stream().map(row -> row.cleaned().searchTerms()).toList();
		support.searchWords().registerFirst(terms);
		List<Long> newIds = newIds(rows.size());
		insert(INSERT, INSERT_ROW, INSERT_PARAMETERS, newIds, (ps, offset, row) -> {
			ps.setLong(offset + 1, newIds.get(row));
			bindContact(ps, offset + 1, rows.get(row).cleaned(), terms.get(row));
			ps.setTimestamp(offset + 21, now);
			ps.setTimestamp(offset + 22, now);
		});
		List<ImportedLinks.Link> linked = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Long accountId = rows.get(i).accountId();
			if (accountId != null) {
				linked.add(new ImportedLinks.Link(accountId, newIds.get(i), rows.get(i).cleaned().jobTitle()));
			}
		}
		links.create(linked);
	}

	/** The contact's columns from family name to search terms, after {@code before}. */
	private static void bindContact(PreparedStatement ps, int before, Contact contact, String[] terms)
			throws SQLException {
		text(ps, before + 1, contact.familyName());
		text(ps, before + 2, contact.givenName());
		ps.setString(before + 3, contact.fullName());
		text(ps, before + 4, contact.alternateName());
		text(ps, before + 5, contact.jobTitle());
		text(ps, before + 6, contact.mobile());
		text(ps, before + 7, contact.mobileE164());
		text(ps, before + 8, contact.phone());
		text(ps, before + 9, contact.phoneE164());
		text(ps, before + 10, contact.email());
		text(ps, before + 11, contact.wechat());
		if (contact.birthday() == null) {
			ps.setNull(before + 12, Types.DATE);
		}
		else {
			ps.setDate(before + 12, Date.valueOf(contact.birthday()));
		}
		text(ps, before + 13, contact.preferredLanguage());
		text(ps, before + 14, contact.preferredChannel());
		ps.setBoolean(before + 15, contact.doNotContact());
		text(ps, before + 16, contact.city());
		text(ps, before + 17, contact.notes());
		ps.setLong(before + 18, contact.ownerId());
		terms(ps, before + 19, terms);
	}

	/**
	 * Writes the filled cells of each row into the contact: the stored contact and the
	 * row are merged here, so that the full name and the search terms follow the merged
	 * names and phones.
	 */
	@Override
	public void update(Map<Long, ContactRow> rows) {
		if (rows.isEmpty()) {
			return;
		}
		Map<Long, Contact> merged = new HashMap<>();
		support.jdbc()
			.sql("select id, " + COLUMNS + " from customer_contact where id in (:ids)")
			.param("ids", rows.keySet())
			.query(rs -> {
				long id = rs.getLong("id");
				merged.put(id, merge(rows.get(id), rs));
			});
		List<Long> ids = List.copyOf(merged.keySet());
		List<String[]> terms = ids.stream().map(id -> merged.get(id).searchTerms()).toList();
		support.searchWords().registerFirst(terms);
		support.jdbcTemplate().batchUpdate(UPDATE, ids, ids.size(), (ps, id) -> {
			bindContact(ps, 0, merged.get(id), merged.get(id).searchTerms());
			ps.setTimestamp(20, now);
			ps.setLong(21, id);
		});
		links.update(ids.stream()
			.filter(id -> rows.get(id).accountId() != null)
			.map(id -> new ImportedLinks.Link(Objects.requireNonNull(rows.get(id).accountId()), id,
					rows.get(id).command().jobTitle()))
			.toList(), id -> merged.get(id).jobTitle());
		auditUpdates(ids);
	}

	/** The stored contact with the row's filled cells over it. */
	private Contact merge(ContactRow row, ResultSet stored) throws SQLException {
		SaveContact cells = row.command();
		String mobile = cells.mobile() != null ? cells.mobile() : stored.getString("mobile");
		String mobileE164 = cells.mobile() != null ? row.cleaned().mobileE164() : stored.getString("mobile_e164");
		String phone = cells.phone() != null ? cells.phone() : stored.getString("phone");
		String phoneE164 = cells.phone() != null ? row.cleaned().phoneE164() : stored.getString("phone_e164");
		String channel = stored.getString("preferred_channel");
		Date birthday = stored.getDate("birthday");
		SaveContact command = new SaveContact(or(cells.familyName(), stored, "family_name"),
				or(cells.givenName(), stored, "given_name"), or(cells.alternateName(), stored, "alternate_name"),
				or(cells.jobTitle(), stored, "job_title"), mobile, phone, or(cells.email(), stored, "email"),
				or(cells.wechat(), stored, "wechat"),
				cells.birthday() != null ? cells.birthday() : birthday == null ? null : birthday.toLocalDate(),
				or(cells.preferredLanguage(), stored, "preferred_language"),
				cells.preferredChannel() != null ? cells.preferredChannel()
						: channel == null ? null : PreferredChannel.valueOf(channel),
				row.doNotContact() != null ? row.doNotContact() : stored.getBoolean("do_not_contact"),
				or(cells.city(), stored, "city"), or(cells.notes(), stored, "notes"), null);
		return contact(command, mobileE164, phoneE164,
				cells.ownerId() != null ? cells.ownerId() : stored.getLong("owner_id"));
	}

	private static @Nullable String or(@Nullable String cell, ResultSet stored, String column) throws SQLException {
		return cell != null ? cell : stored.getString(column);
	}

	@Override
	public void finish(ImportCounts counts) {
		if (counts.created() + counts.updated() > 0) {
			support.events()
				.publishEvent(
						new ContactsImported(context.jobId(), context.userId(), counts.created(), counts.updated()));
		}
	}

}
