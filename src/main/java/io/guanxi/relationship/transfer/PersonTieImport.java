package io.guanxi.relationship.transfer;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.guanxi.customer.CustomerDirectory;
import io.guanxi.customer.CustomerKeys;
import io.guanxi.relationship.PersonTieKind;
import io.guanxi.relationship.PersonTies;
import io.guanxi.relationship.SavePersonTie;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A person ties file: each row a tie between two contacts, through {@link PersonTies}.
 */
@Component
class PersonTieImport implements KindImport {

	private final PersonTies ties;

	private final CustomerKeys keys;

	private final CustomerDirectory directory;

	private final MessageSource messages;

	private final Validator validator;

	private final EntityManager entityManager;

	PersonTieImport(PersonTies ties, CustomerKeys keys, CustomerDirectory directory, MessageSource messages,
			Validator validator, EntityManager entityManager) {
		this.ties = ties;
		this.keys = keys;
		this.directory = directory;
		this.messages = messages;
		this.validator = validator;
		this.entityManager = entityManager;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.PERSON_TIES;
	}

	@Override
	public ImportCounts run(List<ImportRow> rows, Problems problems) {
		References references = new References(keys, directory);
		references.lookUpContacts(
				rows.stream().flatMap(row -> Stream.of(row.cell("from_contact"), row.cell("to_contact"))).toList());
		Choices<PersonTieKind> kinds = new Choices<>(PersonTieKind.class, "relationship.tieKind.", messages);
		RowWriter writer = new RowWriter(validator, entityManager,
				Map.of("fromContactId", "from_contact", "toContactId", "to_contact", "kind", "kind", "strength",
						"strength", "validFrom", "from", "validTo", "to", "note", "note"),
				Map.of("relationship.tie.error.self", "to_contact", "relationship.position.error.period", "to"),
				"from_contact", "relationship.import.error.contactNotChangeable");
		for (ImportRow row : rows) {
			if (writer.stopped()) {
				break;
			}
			RowCheck check = new RowCheck(row, problems, references);
			Long from = check.contact("from_contact", true);
			Long to = check.contact("to_contact", true);
			PersonTieKind kind = check.choice("kind", kinds, true);
			Integer strength = check.strength("strength");
			LocalDate validFrom = check.date("from", false);
			LocalDate validTo = check.date("to", false);
			if (!check.failed()) {
				SavePersonTie command = new SavePersonTie(from, to, kind, strength, validFrom, validTo,
						check.text("note"));
				writer.write(check, command, () -> ties.create(command));
			}
		}
		return new ImportCounts(rows.size(), 0);
	}

}
