package io.guanxi.customer.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import io.guanxi.customer.AccountsMerged;
import io.guanxi.customer.CustomFieldService;
import io.guanxi.customer.MergePreview;
import io.guanxi.customer.MergeRecords;
import io.guanxi.customer.ProfileSection.Subject;
import io.guanxi.customer.SaveAccount;
import io.guanxi.customer.internal.Account;
import io.guanxi.customer.internal.AccountRepository;
import io.guanxi.customer.quality.MergeFields.Spec;
import io.guanxi.platform.AccessService;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.platform.StaleVersionException;
import io.guanxi.platform.UserDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Merges two accounts; called by {@code Duplicates}, inside its transaction. */
@Component
public class AccountMerge {

	private static final String TYPE = "account";

	private static final MergeFields<Account> FIELDS = new MergeFields<>(
			List.of(Spec.of("name", "customer.account.name", Account::name),
					new Spec<>("kind", "customer.account.kind", "customer.kind.", Account::kind),
					Spec.of("legalName", "customer.account.legalName", Account::legalName),
					new Spec<>("industry", "customer.account.industry", "customer.industry.", Account::industry),
					new Spec<>("sizeBand", "customer.account.sizeBand", "customer.size.", Account::sizeBand),
					Spec.of("country", "customer.account.country", Account::country),
					Spec.of("region", "customer.account.region", Account::region),
					Spec.of("city", "customer.account.city", Account::city),
					Spec.of("address", "customer.account.address", Account::address),
					Spec.of("postalCode", "customer.account.postalCode", Account::postalCode),
					Spec.of("website", "customer.account.website", Account::website),
					Spec.of("phone", "customer.account.phone", Account::phone),
					Spec.of("email", "customer.account.email", Account::email),
					new Spec<>("source", "customer.account.source", "customer.source.", Account::source),
					Spec.of("tier", "customer.account.tier", Account::tier),
					new Spec<>("lifecycleStage", "customer.account.lifecycleStage", "customer.lifecycle.",
							Account::lifecycleStage),
					new Spec<>("status", "customer.account.status", "customer.status.", Account::status),
					Spec.of("notes", "customer.account.notes", Account::notes),
					Spec.of("owner", "customer.account.owner", Account::ownerId)));

	private final AccountRepository accounts;

	private final AccessService access;

	private final RecordMerger merger;

	private final DuplicatePairs pairs;

	private final CustomFieldService customFields;

	private final UserDirectory users;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	AccountMerge(AccountRepository accounts, AccessService access, RecordMerger merger, DuplicatePairs pairs,
			CustomFieldService customFields, UserDirectory users, MessageSource messages,
			ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.access = access;
		this.merger = merger;
		this.pairs = pairs;
		this.customFields = customFields;
		this.users = users;
		this.messages = messages;
		this.events = events;
	}

	public MergePreview preview(long survivorId, long mergedId) {
		Account survivor = changeable(survivorId);
		Account merged = changeable(mergedId);
		List<MergePreview.Row> rows = new ArrayList<>(FIELDS.rows(survivor, merged, users));
		rows.addAll(MergeFields.customRows(Subject.ACCOUNT, survivorId, mergedId, customFields));
		return new MergePreview(Subject.ACCOUNT, survivorId, survivor.name(), survivor.version(), mergedId,
				merged.name(), merged.version(), rows, merger.children(Subject.ACCOUNT, mergedId));
	}

	/** Merges and answers the survivor's id; the caller must be able to change both. */
	public long merge(MergeRecords command) {
		Account survivor = changeable(command.survivorId(), command.survivorVersion());
		Account merged = changeable(command.mergedId(), command.mergedVersion());
		Map<String, Long> customFieldIds = MergeFields.customFieldIds(Subject.ACCOUNT, customFields);
		FIELDS.checkKeys(command, customFieldIds.keySet());

		merger.moveAccountChildren(survivor.id(), merged.id(), MergeFields.fieldsFromMerged(command, customFieldIds));

		SaveAccount values = new SaveAccount(pick("name", Account::name, survivor, merged, command),
				pick("kind", Account::kind, survivor, merged, command),
				pick("legalName", Account::legalName, survivor, merged, command),
				pick("industry", Account::industry, survivor, merged, command),
				pick("sizeBand", Account::sizeBand, survivor, merged, command),
				pick("country", Account::country, survivor, merged, command),
				pick("region", Account::region, survivor, merged, command),
				pick("city", Account::city, survivor, merged, command),
				pick("address", Account::address, survivor, merged, command),
				pick("postalCode", Account::postalCode, survivor, merged, command),
				pick("website", Account::website, survivor, merged, command),
				pick("phone", Account::phone, survivor, merged, command),
				pick("email", Account::email, survivor, merged, command),
				pick("source", Account::source, survivor, merged, command),
				pick("tier", Account::tier, survivor, merged, command),
				pick("lifecycleStage", Account::lifecycleStage, survivor, merged, command),
				pick("status", Account::status, survivor, merged, command),
				MergeFields.notesWithMerge(pick("notes", Account::notes, survivor, merged, command), TYPE, merged.id(),
						merged.name(), messages),
				pick("owner", Account::ownerId, survivor, merged, command));
		// the E.164 form belongs to the phone it was computed from
		String phoneE164 = FIELDS.source("phone", survivor, merged, command).phoneE164();
		survivor.describe(values, phoneE164);
		survivor.assignOwner(Objects.requireNonNull(values.ownerId()));

		pairs.forget(Subject.ACCOUNT, merged.id());
		accounts.delete(merged);
		accounts.flush();
		events.publishEvent(new AccountsMerged(survivor.id(), merged.id()));
		return survivor.id();
	}

	private static <V> V pick(String key, Function<Account, V> getter, Account survivor, Account merged,
			MergeRecords command) {
		return FIELDS.pick(key, getter, survivor, merged, command);
	}

	private Account changeable(long id) {
		Account account = accounts.findById(id).orElseThrow(() -> new RecordNotFoundException(TYPE, id));
		access.checkChange(TYPE, id, account.ownerId());
		return account;
	}

	private Account changeable(long id, long expectedVersion) {
		Account account = changeable(id);
		if (account.version() != expectedVersion) {
			throw new StaleVersionException(TYPE, id, expectedVersion, account.version());
		}
		return account;
	}

}
