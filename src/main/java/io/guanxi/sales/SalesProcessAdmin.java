package io.guanxi.sales;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

import io.guanxi.platform.AccessDeniedProblem;
import io.guanxi.platform.AccessService;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.platform.Role;
import io.guanxi.platform.StaleVersionException;
import io.guanxi.sales.internal.OpportunityRepository;
import io.guanxi.sales.internal.ProcessDescriptions;
import io.guanxi.sales.internal.ProcessViews;
import io.guanxi.sales.internal.SalesProcess;
import io.guanxi.sales.internal.SalesProcessRepository;
import io.guanxi.sales.internal.Stage;
import io.guanxi.sales.internal.StageDefinitions;
import io.guanxi.sales.internal.StageUsage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Defining the sales processes (销售流程), for administrators: a process's description and
 * where it applies, which one is the default, and its stages in order with their
 * checklists and control points. Every change names the process version it was based on;
 * changing a stage counts as changing its process. A changed control point holds from the
 * next stage move of every opportunity in the process.
 */
@Service
@Transactional
public class SalesProcessAdmin {

	private final SalesProcessRepository processes;

	private final OpportunityRepository opportunities;

	private final StageDefinitions definitions;

	private final StageUsage usage;

	private final ProcessDescriptions descriptions;

	private final AccessService access;

	private final EntityManager entityManager;

	private final MessageSource messages;

	SalesProcessAdmin(SalesProcessRepository processes, OpportunityRepository opportunities,
			StageDefinitions definitions, StageUsage usage, ProcessDescriptions descriptions, AccessService access,
			EntityManager entityManager, MessageSource messages) {
		this.processes = processes;
		this.opportunities = opportunities;
		this.definitions = definitions;
		this.usage = usage;
		this.descriptions = descriptions;
		this.access = access;
		this.entityManager = entityManager;
		this.messages = messages;
	}

	/** Every process, in use or not, by name. */
	@Transactional(readOnly = true)
	public List<ProcessView> all() {
		return processes.findAll(Sort.by("name")).stream().map(ProcessViews::of).toList();
	}

	/**
	 * A new process with an open first stage and a won stage, named in the admin's
	 * language, to build on.
	 */
	public ProcessView create(SaveProcess command) {
		requireAdmin();
		SalesProcess process = new SalesProcess(name(command));
		process.stages().add(new Stage(process, 1, text("sales.process.firstStage"), 10, StageOutcome.OPEN));
		process.stages().add(new Stage(process, 2, text("sales.process.wonStage"), 100, StageOutcome.WON));
		descriptions.describe(process, command);
		return saved(process);
	}

	/**
	 * Changes the description, where it applies, whether it is active and the default.
	 */
	public ProcessView update(long id, SaveProcess command, long expectedVersion) {
		requireAdmin();
		SalesProcess process = current(id, expectedVersion);
		descriptions.describe(process, command);
		return saved(process);
	}

	/** Deletes a process that no opportunity follows; never the default. */
	public void delete(long id, long expectedVersion) {
		requireAdmin();
		SalesProcess process = current(id, expectedVersion);
		if (process.defaultProcess()) {
			throw new BusinessRuleException("sales.process.error.deleteDefault");
		}
		if (opportunities.existsByProcessId(id)) {
			throw new BusinessRuleException("sales.process.error.processInUse", process.name());
		}
		processes.delete(process);
		processes.flush();
	}

	/**
	 * A copy of the process with all its stages, inactive and applying nowhere until the
	 * admin says where: the way to start a new process from the default.
	 */
	public ProcessView copy(long id) {
		requireAdmin();
		SalesProcess source = found(id);
		SalesProcess copy = new SalesProcess(descriptions.unique(text("sales.process.copyName", source.name())));
		copy.describe(copy.name(), source.description(), null, null, false);
		StageDefinitions.ordered(source).forEach(stage -> copy.stages().add(stage.copyFor(copy)));
		return saved(copy);
	}

	/** Adds a stage: before the won stage, or last when it is the won stage itself. */
	public ProcessView addStage(long id, SaveStage command, long expectedVersion) {
		requireAdmin();
		SalesProcess process = current(id, expectedVersion);
		List<Stage> order = new ArrayList<>(StageDefinitions.ordered(process));
		int last = order.stream().mapToInt(Stage::position).max().orElse(0);
		Stage stage = new Stage(process, last + 1, "", 0, StageOutcome.OPEN);
		definitions.apply(stage, command);
		int wonAt = order.size() - 1;
		order.add(command.outcomeOrOpen() == StageOutcome.WON || wonAt < 0 ? order.size() : wonAt, stage);
		StageDefinitions.checkShape(order);
		process.stages().add(stage);
		return renumbered(process, order);
	}

	/** Changes a stage, its checklist and control points. */
	public ProcessView updateStage(long id, long stageId, SaveStage command, long expectedVersion) {
		requireAdmin();
		SalesProcess process = current(id, expectedVersion);
		definitions.apply(stage(process, stageId), command);
		StageDefinitions.checkShape(StageDefinitions.ordered(process));
		return saved(process);
	}

	/** Moves a stage one place up ({@code step} −1) or down (+1). */
	public ProcessView moveStage(long id, long stageId, int step, long expectedVersion) {
		requireAdmin();
		SalesProcess process = current(id, expectedVersion);
		List<Stage> order = new ArrayList<>(StageDefinitions.ordered(process));
		int from = order.indexOf(stage(process, stageId));
		int to = from + Integer.signum(step);
		if (to < 0 || to >= order.size()) {
			return ProcessViews.of(process);
		}
		order.add(to, order.remove(from));
		StageDefinitions.checkShape(order);
		return renumbered(process, order);
	}

	/** Puts the stages in this order; every stage of the process must be named once. */
	public ProcessView reorderStages(long id, List<Long> stageIds, long expectedVersion) {
		requireAdmin();
		SalesProcess process = current(id, expectedVersion);
		if (stageIds.size() != process.stages().size() || new HashSet<>(stageIds).size() != stageIds.size()) {
			throw new BusinessRuleException("sales.process.error.stageOrder");
		}
		List<Stage> order = new ArrayList<>();
		for (long stageId : stageIds) {
			order.add(process.stages()
				.stream()
				.filter(stage -> stage.id() == stageId)
				.findFirst()
				.orElseThrow(() -> new BusinessRuleException("sales.process.error.stageOrder")));
		}
		StageDefinitions.checkShape(order);
		return renumbered(process, order);
	}

	/**
	 * Deletes a stage that no opportunity is in or has passed through (their history
	 * names it: copy the process to change the stages of new deals instead).
	 */
	public ProcessView deleteStage(long id, long stageId, long expectedVersion) {
		requireAdmin();
		SalesProcess process = current(id, expectedVersion);
		Stage stage = stage(process, stageId);
		List<Stage> order = new ArrayList<>(StageDefinitions.ordered(process));
		order.remove(stage);
		StageDefinitions.checkShape(order);
		long deals = usage.opportunitiesIn(stageId);
		if (deals > 0) {
			throw new BusinessRuleException("sales.process.error.stageInUse", stage.name(), deals);
		}
		if (usage.inHistory(stageId)) {
			throw new BusinessRuleException("sales.process.error.stageInHistory", stage.name());
		}
		stage.tasks().forEach(task -> usage.forgetTask(task.id()));
		process.stages().remove(stage);
		return saved(process);
	}

	/**
	 * Gives the stages their new positions. The database keeps positions unique after
	 * every statement, so the stages first step aside to negative positions.
	 */
	private ProcessView renumbered(SalesProcess process, List<Stage> order) {
		for (int i = 0; i < order.size(); i++) {
			order.get(i).moveTo(-(i + 1));
		}
		processes.flush();
		for (int i = 0; i < order.size(); i++) {
			order.get(i).moveTo(i + 1);
		}
		return saved(process);
	}

	private ProcessView saved(SalesProcess process) {
		processes.saveAndFlush(process);
		process.stages().sort(Comparator.comparingInt(Stage::position));
		return ProcessViews.of(process);
	}

	/**
	 * The process at the version the change was based on, locked and its version raised,
	 * so that changing one of its stages changes the process's version too.
	 */
	private SalesProcess current(long id, long expectedVersion) {
		SalesProcess process = found(id);
		if (process.version() != expectedVersion) {
			throw new StaleVersionException(SalesProcesses.RECORD_TYPE, id, expectedVersion, process.version());
		}
		entityManager.lock(process, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
		return process;
	}

	private SalesProcess found(long id) {
		return processes.findById(id).orElseThrow(() -> new RecordNotFoundException(SalesProcesses.RECORD_TYPE, id));
	}

	private static Stage stage(SalesProcess process, long stageId) {
		return process.stages()
			.stream()
			.filter(stage -> stage.id() == stageId)
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException("salesStage", stageId));
	}

	private void requireAdmin() {
		if (access.currentUser().role() != Role.ADMIN) {
			throw new AccessDeniedProblem("Only administrators define sales processes");
		}
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	private static String name(SaveProcess command) {
		return Objects.requireNonNull(command.name()).strip();
	}

}
