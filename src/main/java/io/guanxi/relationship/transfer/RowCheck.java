package io.guanxi.relationship.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Reads the cells of one row, noting a problem for each cell that cannot be read, so that
 * one pass over a row reports all of its mistakes.
 */
final class RowCheck {

	/**
	 * ISO dates, and the slashes Chinese Excel writes when it reformats them (2024/3/15).
	 */
	private static final List<DateTimeFormatter> DATES = List.of(
			DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("uuuu/M/d").withResolverStyle(ResolverStyle.STRICT));

	private final ImportRow row;

	private final Problems problems;

	private final References references;

	RowCheck(ImportRow row, Problems problems, References references) {
		this.row = row;
		this.problems = problems;
		this.references = references;
	}

	int line() {
		return row.line();
	}

	/** Whether a cell of the row could not be read. */
	boolean failed() {
		return problems.has(row.line());
	}

	@Nullable String text(String column) {
		String cell = row.cell(column);
		return cell.isEmpty() ? null : cell;
	}

	@Nullable String required(String column) {
		String cell = text(column);
		if (cell == null) {
			problem(column, "relationship.import.error.required");
		}
		return cell;
	}

	@Nullable LocalDate date(String column, boolean required) {
		String cell = required ? required(column) : text(column);
		if (cell == null) {
			return null;
		}
		for (DateTimeFormatter format : DATES) {
			try {
				return LocalDate.parse(cell, format);
			}
			catch (DateTimeParseException ex) {
				// try the next format
			}
		}
		problem(column, "relationship.import.error.date", cell);
		return null;
	}

	@Nullable Long account(String column, boolean required) {
		String cell = required ? required(column) : text(column);
		return cell == null ? null : one(column, cell, references.accounts(cell), "account");
	}

	@Nullable Long contact(String column, boolean required) {
		String cell = required ? required(column) : text(column);
		return cell == null ? null : one(column, cell, references.contacts(cell), "contact");
	}

	<E extends Enum<E>> @Nullable E choice(String column, Choices<E> choices, boolean required) {
		String cell = required ? required(column) : text(column);
		if (cell == null) {
			return null;
		}
		E value = choices.parse(cell).orElse(null);
		if (value == null) {
			problem(column, "relationship.import.error.choice", cell, choices.labels(LocaleContextHolder.getLocale()));
		}
		return value;
	}

	@Nullable Integer strength(String column) {
		String cell = required(column);
		if (cell == null) {
			return null;
		}
		if (!cell.matches("[1-5]")) {
			problem(column, "relationship.import.error.strength", cell);
			return null;
		}
		return Integer.valueOf(cell);
	}

	/** A share such as 51, 12.5 or 12.5%. */
	@Nullable BigDecimal percent(String column) {
		String cell = text(column);
		if (cell == null) {
			return null;
		}
		try {
			BigDecimal value = new BigDecimal(cell.endsWith("%") ? cell.substring(0, cell.length() - 1).strip() : cell);
			if (value.signum() > 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0 && value.scale() <= 2) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// told below
		}
		problem(column, "relationship.import.error.percent", cell);
		return null;
	}

	void problem(@Nullable String column, String key, Object... arguments) {
		problems.add(row.line(), column, key, arguments);
	}

	/** A problem told in the importer's language already. */
	void problemText(@Nullable String column, String text) {
		problems.addText(row.line(), column, text);
	}

	private @Nullable Long one(String column, String cell, Set<Long> found, String record) {
		if (found.size() == 1) {
			return found.iterator().next();
		}
		if (found.isEmpty()) {
			problem(column, "relationship.import.error." + record + "NotFound", cell);
		}
		else {
			problem(column, "relationship.import.error." + record + "Ambiguous", cell,
					found.stream().map(String::valueOf).collect(Collectors.joining(", ")));
		}
		return null;
	}

}
