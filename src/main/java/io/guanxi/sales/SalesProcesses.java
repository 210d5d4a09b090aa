package io.guanxi.sales;

import java.util.List;
import java.util.Optional;

import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.sales.internal.ProcessViews;
import io.guanxi.sales.internal.SalesProcess;
import io.guanxi.sales.internal.SalesProcessRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sales process templates (销售流程): which exist, and which one a new opportunity
 * follows. Every signed-in user may read them; admins define them.
 */
@Service
@Transactional(readOnly = true)
public class SalesProcesses {

	static final String RECORD_TYPE = "salesProcess";

	private final SalesProcessRepository processes;

	SalesProcesses(SalesProcessRepository processes) {
		this.processes = processes;
	}

	public List<ProcessView> active() {
		return processes.findByActiveTrueOrderByName().stream().map(ProcessViews::of).toList();
	}

	public ProcessView get(long id) {
		return ProcessViews.of(entity(id));
	}

	public ProcessView defaultProcess() {
		return ProcessViews.of(processes.findFirstByDefaultProcessTrue()
			.orElseThrow(() -> new IllegalStateException("no default sales process")));
	}

	/**
	 * The process for a new opportunity: the active one for its product line, else the
	 * one for the account's segment (tier), else the default.
	 */
	public ProcessView applicableTo(@Nullable String productLine, @Nullable String segment) {
		List<SalesProcess> active = processes.findByActiveTrueOrderByName();
		return matching(active, productLine, true).or(() -> matching(active, segment, false))
			.map(ProcessViews::of)
			.orElseGet(this::defaultProcess);
	}

	SalesProcess entity(long id) {
		return processes.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
	}

	private static Optional<SalesProcess> matching(List<SalesProcess> active, @Nullable String value,
			boolean byProductLine) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		return active.stream()
			.filter(process -> value.equalsIgnoreCase(byProductLine ? process.productLine() : process.segment()))
			.findFirst();
	}

}
