package io.guanxi.relationship;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.guanxi.customer.AccountService;
import io.guanxi.customer.CustomerDirectory;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.platform.StaleVersionException;
import io.guanxi.relationship.internal.CompanyLink;
import io.guanxi.relationship.internal.CompanyLinkRepository;
import io.guanxi.relationship.internal.GroupRules;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Typed, directed, dated links between accounts (客户之间的关联关系). Recording, changing or
 * deleting one needs the right to read both accounts and to change one of them (the one
 * whose page it is recorded on). A parent, group or majority-shareholder link that would
 * make a company its own ancestor is refused ({@link GroupRules}).
 */
@Service
@Transactional
public class CompanyLinks {

	static final String RECORD_TYPE = "companyLink";

	private final CompanyLinkRepository links;

	private final AccountService accounts;

	private final CustomerDirectory directory;

	private final GroupRules rules;

	CompanyLinks(CompanyLinkRepository links, AccountService accounts, CustomerDirectory directory, GroupRules rules) {
		this.links = links;
		this.accounts = accounts;
		this.directory = directory;
		this.rules = rules;
	}

	/** The links of the account, both ways, to accounts the caller may read. */
	@Transactional(readOnly = true)
	public List<CompanyLinkView> of(long accountId) {
		accounts.get(accountId);
		return views(links.findByFromAccountIdOrToAccountId(accountId, accountId));
	}

	@Transactional(readOnly = true)
	public CompanyLinkView get(long id) {
		CompanyLink link = found(id);
		accounts.get(link.fromAccountId());
		return views(List.of(link)).stream()
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
	}

	public CompanyLinkView create(SaveCompanyLink command) {
		check(command);
		checkCircle(command, null);
		CompanyLink link = new CompanyLink(command.fromAccountId(), command.toAccountId(), command.kind());
		describe(link, command);
		links.save(link);
		links.flush();
		return get(link.id());
	}

	/** Changes the kind, share, dates and note; the two accounts stay. */
	public CompanyLinkView update(long id, SaveCompanyLink command, long expectedVersion) {
		CompanyLink link = changeable(id, expectedVersion);
		SaveCompanyLink same = new SaveCompanyLink(link.fromAccountId(), link.toAccountId(), command.kind(),
				command.sharePercent(), command.validFrom(), command.validTo(), command.note());
		checkTerms(same);
		checkCircle(same, id);
		describe(link, same);
		links.flush();
		return get(id);
	}

	/** The link stops holding on {@code day}: it stays as history. */
	public CompanyLinkView end(long id, LocalDate day, long expectedVersion) {
		CompanyLinkView link = get(id);
		return update(id, new SaveCompanyLink(link.fromAccountId(), link.toAccountId(), link.kind(),
				link.sharePercent(), link.validFrom(), day, link.note()), expectedVersion);
	}

	public void delete(long id, long expectedVersion) {
		links.delete(changeable(id, expectedVersion));
	}

	private void check(SaveCompanyLink command) {
		checkChangeEither(command.fromAccountId(), command.toAccountId());
		if (command.fromAccountId().equals(command.toAccountId())) {
			throw new BusinessRuleException("relationship.link.error.self");
		}
		checkTerms(command);
	}

	private void checkTerms(SaveCompanyLink command) {
		if (command.sharePercent() != null && command.kind() != CompanyLinkKind.SHAREHOLDER) {
			throw new BusinessRuleException("relationship.link.error.share");
		}
		if (command.validFrom() != null && command.validTo() != null
				&& !command.validTo().isAfter(command.validFrom())) {
			throw new BusinessRuleException("relationship.position.error.period");
		}
	}

	private void checkCircle(SaveCompanyLink command, @Nullable Long replacing) {
		if (rules.closesCircle(command.kind(), command.sharePercent(), command.fromAccountId(), command.toAccountId(),
				command.validFrom(), command.validTo(), replacing)) {
			long above = CompanyLink.controllerOf(command.kind(), command.fromAccountId(), command.toAccountId());
			long below = CompanyLink.controlledOf(command.kind(), command.fromAccountId(), command.toAccountId());
			throw new BusinessRuleException("relationship.link.error.cycle", accounts.get(below).name(),
					accounts.get(above).name());
		}
	}

	/** Both accounts readable, and one of them changeable by the caller. */
	private void checkChangeEither(long oneAccountId, long otherAccountId) {
		accounts.get(oneAccountId);
		accounts.get(otherAccountId);
		try {
			accounts.checkChange(oneAccountId);
		}
		catch (RecordNotFoundException ex) {
			accounts.checkChange(otherAccountId);
		}
	}

	private static void describe(CompanyLink link, SaveCompanyLink command) {
		link.describe(command.kind(), command.sharePercent(), command.validFrom(), command.validTo(),
				command.note() == null || command.note().isBlank() ? null : command.note().strip());
	}

	private CompanyLink changeable(long id, long expectedVersion) {
		CompanyLink link = found(id);
		checkChangeEither(link.fromAccountId(), link.toAccountId());
		if (link.version() != expectedVersion) {
			throw new StaleVersionException(RECORD_TYPE, id, expectedVersion, link.version());
		}
		return link;
	}

	private CompanyLink found(long id) {
		return links.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
	}

	private List<CompanyLinkView> views(List<CompanyLink> list) {
		Set<Long> ids = new HashSet<>();
		list.forEach(link -> {
			ids.add(link.fromAccountId());
			ids.add(link.toAccountId());
		});
		Map<Long, String> names = directory.accountNames(ids);
		return list.stream()
			.filter(link -> names.containsKey(link.fromAccountId()) && names.containsKey(link.toAccountId()))
			.map(link -> new CompanyLinkView(link.id(), link.fromAccountId(), names.get(link.fromAccountId()),
					link.toAccountId(), names.get(link.toAccountId()), link.kind(), link.sharePercent(),
					link.validFrom(), link.validTo(), link.note(), link.version()))
			.toList();
	}

}
