package io.guanxi.relationship.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.guanxi.customer.CustomerDirectory;
import io.guanxi.customer.CustomerKeys;
import io.guanxi.relationship.CompanyLinkKind;
import io.guanxi.relationship.CompanyLinks;
import io.guanxi.relationship.SaveCompanyLink;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A company links file: each row a link between two accounts, through
 * {@link CompanyLinks}.
 */
@Component
class CompanyLinkImport implements KindImport {

	private final CompanyLinks links;

	private final CustomerKeys keys;

	private final CustomerDirectory directory;

	private final MessageSource messages;

	private final Validator validator;

	private final EntityManager entityManager;

	CompanyLinkImport(CompanyLinks links, CustomerKeys keys, CustomerDirectory directory, MessageSource messages,
			Validator validator, EntityManager entityManager) {
		this.links = links;
		this.keys = keys;
		this.directory = directory;
		this.messages = messages;
		this.validator = validator;
		this.entityManager = entityManager;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.COMPANY_LINKS;
	}

	@Override
	public ImportCounts run(List<ImportRow> rows, Problems problems) {
		References references = new References(keys, directory);
		references.lookUpAccounts(
				rows.stream().flatMap(row -> Stream.of(row.cell("from_account"), row.cell("to_account"))).toList());
		Choices<CompanyLinkKind> kinds = new Choices<>(CompanyLinkKind.class, "relationship.linkKind.", messages);
		RowWriter writer = new RowWriter(validator, entityManager,
				Map.of("fromAccountId", "from_account", "toAccountId", "to_account", "kind", "kind", "sharePercent",
						"share_percent", "validFrom", "from", "validTo", "to", "note", "note"),
				Map.of("relationship.link.error.self", "to_account", "relationship.link.error.share", "share_percent",
						"relationship.position.error.period", "to"),
				"from_account", "relationship.import.error.accountNotChangeable");
		for (ImportRow row : rows) {
			if (writer.stopped()) {
				break;
			}
			RowCheck check = new RowCheck(row, problems, references);
			Long from = check.account("from_account", true);
			Long to = check.account("to_account", true);
			CompanyLinkKind kind = check.choice("kind", kinds, true);
			BigDecimal share = check.percent("share_percent");
			LocalDate validFrom = check.date("from", false);
			LocalDate validTo = check.date("to", false);
			if (!check.failed()) {
				SaveCompanyLink command = new SaveCompanyLink(from, to, kind, share, validFrom, validTo,
						check.text("note"));
				writer.write(check, command, () -> links.create(command));
			}
		}
		return new ImportCounts(rows.size(), 0);
	}

}
