package io.guanxi.relationship.transfer;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads a CSV file of positions, company links or person ties, all or nothing. Every row
 * is checked, by writing it through the module's services inside one transaction so that
 * later rows are checked against earlier ones (an overlap or a circle within the file);
 * when any row has a problem the transaction is rolled back and every problem reported.
 */
@Service
class RelationshipImports {

	private final Map<ImportKind, KindImport> imports = new EnumMap<>(ImportKind.class);

	private final TransactionTemplate transactions;

	private final MessageSource messages;

	RelationshipImports(List<KindImport> imports, PlatformTransactionManager transactions, MessageSource messages) {
		imports.forEach(kind -> this.imports.put(kind.kind(), kind));
		this.transactions = new TransactionTemplate(transactions);
		this.messages = messages;
	}

	ImportResult run(ImportKind kind, byte[] content) {
		Problems problems = new Problems();
		Optional<ImportFile> read = ImportFile.read(content, kind, problems);
		if (read.isEmpty()) {
			return result(kind, new ImportCounts(0, 0), problems, Map.of());
		}
		ImportFile file = read.get();
		if (file.rows().isEmpty()) {
			problems.add(0, null, "relationship.import.error.noRows");
			return result(kind, new ImportCounts(0, 0), problems, file.headers());
		}
		ImportCounts counts = transactions.execute(status -> {
			ImportCounts written = imports.get(kind).run(file.rows(), problems);
			if (!problems.isEmpty()) {
				status.setRollbackOnly();
			}
			return written;
		});
		return result(kind, counts, problems, file.headers());
	}

	private ImportResult result(ImportKind kind, ImportCounts counts, Problems problems, Map<String, String> headers) {
		return new ImportResult(kind, counts.rows(), problems.isEmpty() ? counts.departmentsCreated() : 0,
				problems.rows(), problems.resolve(messages, LocaleContextHolder.getLocale(), headers));
	}

}
