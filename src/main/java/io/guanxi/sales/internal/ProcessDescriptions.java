package io.guanxi.sales.internal;

import java.util.List;
import java.util.Objects;

import io.guanxi.platform.BusinessRuleException;
import io.guanxi.sales.SaveProcess;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What a process says about itself, and the rules across processes: names are unique,
 * exactly one active process is the default, and no two active processes apply to the
 * same product line and segment (so that a new opportunity's process is never a guess).
 */
@Component
public class ProcessDescriptions {

	private final SalesProcessRepository processes;

	private final EntityManager entityManager;

	ProcessDescriptions(SalesProcessRepository processes, EntityManager entityManager) {
		this.processes = processes;
		this.entityManager = entityManager;
	}

	public void describe(SalesProcess process, SaveProcess command) {
		boolean active = !Boolean.FALSE.equals(command.active());
		boolean makeDefault = command.defaultProcess() == null ? process.defaultProcess() : command.defaultProcess();
		if (process.defaultProcess() && !makeDefault) {
			throw new BusinessRuleException("sales.process.error.defaultRequired");
		}
		if (makeDefault && !active) {
			throw new BusinessRuleException("sales.process.error.defaultInactive");
		}
		String name = Objects.requireNonNull(command.name()).strip();
		String productLine = blankToNull(command.productLine());
		String segment = command.segment() == null ? null : command.segment().name();
		List<SalesProcess> others = processes.findAll().stream().filter(other -> other != process).toList();
		if (others.stream().anyMatch(other -> other.name().equalsIgnoreCase(name))) {
			throw new BusinessRuleException("sales.process.error.nameTaken", name);
		}
		if (active && (productLine != null || segment != null)) {
			others.stream()
				.filter(other -> other.active() && same(other.productLine(), productLine)
						&& same(other.segment(), segment))
				.findFirst()
				.ifPresent(other -> {
					throw new BusinessRuleException("sales.process.error.overlap", other.name());
				});
		}
		process.describe(name, blankToNull(command.description()), productLine, segment, active);
		if (makeDefault && !process.defaultProcess()) {
			// the old default changes too, so that two admins making two processes the
			// default at once cannot both succeed
			others.stream().filter(SalesProcess::defaultProcess).forEach(old -> {
				entityManager.lock(old, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
				old.makeDefault(false);
			});
			process.makeDefault(true);
		}
	}

	/** The name itself, or with a number where another process has it. */
	public String unique(String name) {
		List<String> taken = processes.findAll().stream().map(process -> process.name().toLowerCase()).toList();
		String candidate = name;
		for (int n = 2; taken.contains(candidate.toLowerCase()); n++) {
			candidate = name + " " + n;
		}
		return candidate.length() > 200 ? candidate.substring(0, 200) : candidate;
	}

	private static boolean same(@Nullable String a, @Nullable String b) {
		return a == null ? b == null : b != null && a.strip().equalsIgnoreCase(b.strip());
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
