package io.guanxi.customer.quality;

import java.util.List;
import java.util.Objects;

import io.guanxi.customer.AccountService;
import io.guanxi.customer.AccountsMerged;
import io.guanxi.customer.MergeRecords;
import io.guanxi.customer.ProfileSection.Subject;
import io.guanxi.customer.SaveAccount;
import io.guanxi.customer.internal.Account;
import io.guanxi.customer.internal.AccountRepository;
import io.guanxi.customer.quality.MergeFields.Spec;
import org.springframework.stereotype.Component;

/** Merges two accounts: their fields, how the survivor takes them, and the event. */
@Component
public class AccountMerge extends RecordMerge<Account> {

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

	AccountMerge(AccountRepository accounts, AccountService service, MergeParts parts) {
		super(Subject.ACCOUNT, FIELDS, accounts, service::checkChange, service::checkChange, parts);
	}

	@Override
	void takeValues(Account survivor, Account merged, MergeRecords command, String notes) {
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
				pick("status", Account::status, survivor, merged, command), notes,
				pick("owner", Account::ownerId, survivor, merged, command));
		// the E.164 form belongs to the phone it was computed from
		String phoneE164 = FIELDS.source("phone", survivor, merged, command).phoneE164();
		survivor.describe(values, phoneE164);
		survivor.assignOwner(Objects.requireNonNull(values.ownerId()));
	}

	@Override
	Object mergedEvent(long survivorId, long mergedId) {
		return new AccountsMerged(survivorId, mergedId);
	}

}
