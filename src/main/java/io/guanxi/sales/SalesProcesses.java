package io.guanxi.sales;

import java.util.Comparator;
import java.util.List;

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
	 * The process for a new opportunity: of the active processes whose product line and
	 * segment (account tier) both fit, where a process that leaves one empty fits any,
	 * the most specific one (product line and segment, then product line, then segment);
	 * the default where none names either. Two active processes never name the same pair
	 * ({@link SalesProcessAdmin}), so the choice is unambiguous.
	 */
	public ProcessView applicableTo(@Nullable String productLine, @Nullable String segment) {
		return processes.findByActiveTrueOrderByName()
			.stream()
			.filter(process -> specificity(process, productLine, segment) > 0)
			.max(Comparator.comparingInt(process -> specificity(process, productLine, segment)))
			.map(ProcessViews::of)
			.orElseGet(this::defaultProcess);
	}

	SalesProcess entity(long id) {
		return processes.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
	}

	/**
	 * 0 when the process does not fit (or names neither); else 3 for product line and
	 * segment, 2 for product line alone, 1 for segment alone.
	 */
	private static int specificity(SalesProcess process, @Nullable String productLine, @Nullable String segment) {
		boolean byLine = process.productLine() != null;
		boolean bySegment = process.segment() != null;
		if ((byLine && !same(process.productLine(), productLine)) || (bySegment && !same(process.segment(), segment))) {
			return 0;
		}
		return (byLine ? 2 : 0) + (bySegment ? 1 : 0);
	}

	private static boolean same(@Nullable String configured, @Nullable String value) {
		return configured != null && value != null && configured.strip().equalsIgnoreCase(value.strip());
	}

}
