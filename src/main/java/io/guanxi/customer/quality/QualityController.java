package io.guanxi.customer.quality;

import java.util.List;

import io.guanxi.customer.DataQuality;
import io.guanxi.customer.DuplicatePair;
import io.guanxi.customer.Duplicates;
import io.guanxi.customer.QualityProblem;
import io.guanxi.customer.QualityRecord;
import io.guanxi.customer.ProfileSection.Subject;
import io.guanxi.platform.AccessDeniedProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The data quality page (数据质量) and the lists behind its figures: records with a problem,
 * and open duplicate pairs, each linking to where it is fixed.
 */
@Controller
@RequestMapping("/quality")
class QualityController {

	static final int PAGE_SIZE = 50;

	private final DataQuality quality;

	private final Duplicates duplicates;

	private final TaskExecutor executor;

	QualityController(DataQuality quality, Duplicates duplicates,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor) {
		this.quality = quality;
		this.duplicates = duplicates;
		this.executor = executor;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("report", quality.report());
		model.addAttribute("accountFields", quality.fields(Subject.ACCOUNT));
		model.addAttribute("contactFields", quality.fields(Subject.CONTACT));
		model.addAttribute("canScan", duplicates.canScan());
		model.addAttribute("staleMonths", DataQuality.STALE_MONTHS);
		return "customer/quality/page";
	}

	@GetMapping("/{kind:" + QualityPaths.KINDS + "}/{problem}")
	String records(@PathVariable String kind, @PathVariable QualityProblem problem,
			@RequestParam(required = false) @Nullable String field,
			@RequestParam(required = false) @Nullable Long owner, @RequestParam(required = false) @Nullable Long before,
			Model model) {
		Subject subject = QualityPaths.subject(kind);
		List<QualityRecord> records = quality.records(subject, problem, field, owner, before, PAGE_SIZE);
		model.addAttribute("kind", kind);
		model.addAttribute("problem", problem);
		model.addAttribute("field", field);
		model.addAttribute("owner", owner);
		model.addAttribute("records", records);
		model.addAttribute("next", records.size() == PAGE_SIZE ? records.get(records.size() - 1).id() : null);
		return "customer/quality/records";
	}

	@GetMapping("/{kind:" + QualityPaths.KINDS + "}/duplicates")
	String pairs(@PathVariable String kind, @RequestParam(required = false) @Nullable Long owner,
			@RequestParam(required = false) @Nullable Long before, Model model) {
		List<DuplicatePair> pairs = duplicates.openPairs(QualityPaths.subject(kind), owner, before, PAGE_SIZE);
		model.addAttribute("kind", kind);
		model.addAttribute("owner", owner);
		model.addAttribute("pairs", pairs);
		model.addAttribute("next", pairs.size() == PAGE_SIZE ? pairs.get(pairs.size() - 1).id() : null);
		return "customer/quality/pairs";
	}

	@PostMapping("/duplicates/{pairId}/dismiss")
	String dismiss(@PathVariable long pairId, @RequestParam String kind, RedirectAttributes redirect) {
		duplicates.dismiss(pairId);
		redirect.addFlashAttribute("dismissed", true);
		return "redirect:/quality/" + QualityPaths.kind(QualityPaths.subject(kind)) + "/duplicates";
	}

	/**
	 * Starts a duplicate scan and then a count of everyone's figures in the background
	 * (administrators); the page says so, and the figures appear when they are done.
	 */
	@PostMapping("/scan")
	String scan(RedirectAttributes redirect) {
		if (!duplicates.canScan()) {
			throw new AccessDeniedProblem("Only administrators start the duplicate scan");
		}
		executor.execute(new DelegatingSecurityContextRunnable(() -> {
			duplicates.scan();
			quality.recount();
		}, SecurityContextHolder.getContext()));
		redirect.addFlashAttribute("scanStarted", true);
		return "redirect:/quality";
	}

}
