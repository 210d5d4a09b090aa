package io.guanxi.sales.lead.transfer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.guanxi.customer.Industry;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.UserDirectory;
import io.guanxi.sales.LeadSource;
import io.guanxi.sales.Leads;
import io.guanxi.sales.SaveLead;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads a CSV file of leads, all rows or none. Each row is validated like the form and
 * captured through {@link Leads} (so the assignment rules, scores and owner checks apply)
 * inside one transaction; when any row has a problem the transaction is rolled back and
 * every problem reported with its line and column. A single name column is taken as the
 * given name; a row without a source is {@link LeadSource#IMPORT}.
 */
@Service
class LeadImport {

	/**
	 * The column each field of {@link SaveLead} comes from, for reporting its problems.
	 */
	private static final Map<String, LeadColumn> COLUMNS = Map.ofEntries(
			Map.entry("familyName", LeadColumn.FAMILY_NAME), Map.entry("givenName", LeadColumn.GIVEN_NAME),
			Map.entry("companyName", LeadColumn.COMPANY), Map.entry("title", LeadColumn.TITLE),
			Map.entry("email", LeadColumn.EMAIL), Map.entry("mobile", LeadColumn.MOBILE),
			Map.entry("phone", LeadColumn.PHONE), Map.entry("region", LeadColumn.REGION),
			Map.entry("city", LeadColumn.CITY), Map.entry("campaign", LeadColumn.CAMPAIGN),
			Map.entry("description", LeadColumn.DESCRIPTION));

	private final Leads leads;

	private final UserDirectory users;

	private final Validator validator;

	private final TransactionTemplate transactions;

	private final MessageSource messages;

	LeadImport(Leads leads, UserDirectory users, Validator validator, PlatformTransactionManager transactions,
			MessageSource messages) {
		this.leads = leads;
		this.users = users;
		this.validator = validator;
		this.transactions = new TransactionTemplate(transactions);
		this.messages = messages;
	}

	LeadImportResult run(byte[] content) {
		ImportProblems problems = new ImportProblems();
		Optional<LeadCsv> read = LeadCsv.read(content, problems);
		if (read.isEmpty()) {
			return result(0, problems);
		}
		LeadCsv file = read.get();
		if (file.rows().isEmpty()) {
			problems.add(0, null, "sales.leadImport.error.noRows");
			return result(0, problems);
		}
		Choices<Industry> industries = new Choices<>(Industry.class, "customer.industry.", messages);
		Choices<LeadSource> sources = new Choices<>(LeadSource.class, "sales.lead.source.", messages);
		transactions.executeWithoutResult(status -> {
			for (LeadCsv.Row row : file.rows()) {
				SaveLead lead = lead(row, file, industries, sources, problems);
				if (lead != null && valid(lead, row, file, problems)) {
					capture(lead, row, problems);
				}
			}
			if (!problems.isEmpty()) {
				status.setRollbackOnly();
			}
		});
		return result(file.rows().size(), problems);
	}

	/** The row as a command, or null when a choice or the owner cannot be read. */
	private @Nullable SaveLead lead(LeadCsv.Row row, LeadCsv file, Choices<Industry> industries,
			Choices<LeadSource> sources, ImportProblems problems) {
		Industry industry = choice(row, file, LeadColumn.INDUSTRY, industries, problems);
		LeadSource source = choice(row, file, LeadColumn.SOURCE, sources, problems);
		Long owner = owner(row, file, problems);
		if (problems.has(row.line())) {
			return null;
		}
		String given = row.cell(LeadColumn.GIVEN_NAME);
		String family = row.cell(LeadColumn.FAMILY_NAME);
		if (given == null && family == null) {
			given = row.cell(LeadColumn.NAME);
		}
		return new SaveLead(family, given, row.cell(LeadColumn.COMPANY), row.cell(LeadColumn.TITLE),
				row.cell(LeadColumn.EMAIL), row.cell(LeadColumn.MOBILE), row.cell(LeadColumn.PHONE), industry,
				row.cell(LeadColumn.REGION), row.cell(LeadColumn.CITY), source == null ? LeadSource.IMPORT : source,
				row.cell(LeadColumn.CAMPAIGN), row.cell(LeadColumn.DESCRIPTION), owner);
	}

	private <E extends Enum<E>> @Nullable E choice(LeadCsv.Row row, LeadCsv file, LeadColumn column, Choices<E> choices,
			ImportProblems problems) {
		String text = row.cell(column);
		if (text == null) {
			return null;
		}
		Optional<E> parsed = choices.parse(text);
		if (parsed.isEmpty()) {
			problems.add(row.line(), file.headers().get(column), "sales.leadImport.error.choice", text);
		}
		return parsed.orElse(null);
	}

	private @Nullable Long owner(LeadCsv.Row row, LeadCsv file, ImportProblems problems) {
		String username = row.cell(LeadColumn.OWNER);
		if (username == null) {
			return null;
		}
		Optional<Long> owner = users.findByUsername(username).map(UserDirectory.UserSummary::id);
		if (owner.isEmpty()) {
			problems.add(row.line(), file.headers().get(LeadColumn.OWNER), "sales.leadImport.error.owner", username);
		}
		return owner.orElse(null);
	}

	private boolean valid(SaveLead lead, LeadCsv.Row row, LeadCsv file, ImportProblems problems) {
		Set<ConstraintViolation<SaveLead>> violations = validator.validate(lead);
		violations.forEach(violation -> {
			LeadColumn column = COLUMNS.get(violation.getPropertyPath().toString());
			problems.addText(row.line(), column == null ? null : file.headers().getOrDefault(column, column.header()),
					violation.getMessage());
		});
		return violations.isEmpty();
	}

	private void capture(SaveLead lead, LeadCsv.Row row, ImportProblems problems) {
		try {
			leads.create(lead);
		}
		catch (BusinessRuleException ex) {
			problems.add(row.line(), null, ex.messageKey(), ex.arguments());
		}
	}

	private LeadImportResult result(int rows, ImportProblems problems) {
		List<LeadImportResult.Problem> resolved = problems.resolve(messages, LocaleContextHolder.getLocale());
		return new LeadImportResult(rows, problems.rows(), resolved);
	}

}
