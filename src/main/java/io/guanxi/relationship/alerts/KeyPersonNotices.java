package io.guanxi.relationship.alerts;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import io.guanxi.customer.CustomerDirectory;
import io.guanxi.platform.AccessScope;
import io.guanxi.platform.AccessService;
import io.guanxi.platform.Notice;
import io.guanxi.platform.NoticeText;
import io.guanxi.relationship.BuyingRole;
import io.guanxi.relationship.ChangeKind;
import io.guanxi.relationship.internal.Department;
import io.guanxi.relationship.internal.DepartmentRepository;
import io.guanxi.relationship.internal.PersonnelChange;
import io.guanxi.relationship.internal.Position;
import io.guanxi.relationship.internal.PositionRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import static io.guanxi.platform.NoticeText.message;
import static io.guanxi.platform.NoticeText.plain;

/**
 * Words a key person's change for the account's owner, as message keys (the owner reads
 * it in their language). Names come through the owner's access: a person the owner may
 * not read is "a key person", a new employer they may not read is left out.
 */
@Component
class KeyPersonNotices {

	static final String KIND = "relationship.key-person";

	/** The section on the account page that lists the change. */
	static final String ANCHOR = "key-people-changes";

	private static final String PREFIX = "relationship.alerts.";

	private final CustomerDirectory directory;

	private final AccessService access;

	private final PositionRepository positions;

	private final DepartmentRepository departments;

	KeyPersonNotices(CustomerDirectory directory, AccessService access, PositionRepository positions,
			DepartmentRepository departments) {
		this.directory = directory;
		this.access = access;
		this.positions = positions;
		this.departments = departments;
	}

	/** Empty when the owner may not read the account (any more). */
	Optional<Notice> of(PersonnelChange change, long ownerId) {
		AccessScope scope = access.scopeOf(ownerId);
		Map<Long, String> accounts = directory.accountNames(
				Stream.of(change.accountId(), change.newAccountId()).filter(Objects::nonNull).toList(), scope);
		String accountName = accounts.get(change.accountId());
		if (accountName == null) {
			return Optional.empty();
		}
		String name = directory.contactNames(List.of(change.contactId()), scope).get(change.contactId());
		NoticeText who = name == null ? message(PREFIX + "someone") : plain(name);
		@Nullable Position before = position(change.fromPositionId());
		NoticeText.Message text;
		if (change.kind() == ChangeKind.LEFT) {
			text = left(change, who, plain(accountName), before, accounts.get(change.newAccountId()));
		}
		else {
			text = message(PREFIX + "changed", who, plain(accountName), message(PREFIX + "kind." + change.kind()),
					plain(change.effectiveOn().toString()), held(before), held(position(change.toPositionId())));
		}
		return Optional.of(new Notice(KIND, "personnel-change:" + change.id(), text,
				"/accounts/" + change.accountId() + "#" + ANCHOR));
	}

	private static NoticeText.Message left(PersonnelChange change, NoticeText who, NoticeText account,
			@Nullable Position before, @Nullable String newAccountName) {
		NoticeText role = role(before == null ? null : before.buyingRole());
		NoticeText day = plain(change.effectiveOn().toString());
		String destination = newAccountName != null ? newAccountName : change.newCompanyName();
		if (destination == null) {
			return message(PREFIX + "left", who, role, account, day);
		}
		return message(PREFIX + "leftFor", who, role, account, day, plain(destination));
	}

	/** "Title, Department (Role)", leaving out what is not recorded. */
	private NoticeText held(@Nullable Position position) {
		if (position == null) {
			return plain("—");
		}
		Long departmentId = position.departmentId();
		String department = departmentId == null ? null
				: departments.findById(departmentId).map(Department::name).orElse(null);
		NoticeText title = department == null ? plain(position.title())
				: message(PREFIX + "titleIn", plain(position.title()), plain(department));
		BuyingRole role = position.buyingRole();
		return role == null ? title : message(PREFIX + "withRole", title, role(role));
	}

	private static NoticeText role(@Nullable BuyingRole role) {
		return message("relationship.role." + (role == null ? "none" : role.name()));
	}

	private @Nullable Position position(@Nullable Long id) {
		return id == null ? null : positions.findById(id).orElse(null);
	}

}
