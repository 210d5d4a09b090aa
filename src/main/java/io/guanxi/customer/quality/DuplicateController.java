package io.guanxi.customer.quality;

import java.util.HashMap;
import java.util.Map;

import io.guanxi.customer.Duplicates;
import io.guanxi.customer.MergePreview;
import io.guanxi.customer.MergeRecords;
import io.guanxi.customer.MergeSide;
import io.guanxi.customer.ProfileSection.Subject;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.StaleVersionException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The compare-and-merge pages of two accounts or two contacts: both side by side, a radio
 * button per differing field, merge after a confirmation, or "not a duplicate".
 */
@Controller
class DuplicateController {

	/** Radio buttons are named {@code keep.<field key>}. */
	static final String KEEP = "keep.";

	private final Duplicates duplicates;

	DuplicateController(Duplicates duplicates) {
		this.duplicates = duplicates;
	}

	@GetMapping("/{kind:" + QualityPaths.KINDS + "}/duplicates/{id}/{otherId}")
	String compare(@PathVariable String kind, @PathVariable long id, @PathVariable long otherId, Model model) {
		return page(kind, duplicates.preview(QualityPaths.subject(kind), id, otherId), model);
	}

	@PostMapping("/{kind:" + QualityPaths.KINDS + "}/duplicates/{id}/{otherId}")
	String merge(@PathVariable String kind, @PathVariable long id, @PathVariable long otherId,
			@RequestParam long survivorVersion, @RequestParam long mergedVersion,
			@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
		Subject subject = QualityPaths.subject(kind);
		Map<String, MergeSide> fields = new HashMap<>();
		form.forEach((name, values) -> {
			if (name.startsWith(KEEP) && !values.isEmpty()) {
				fields.put(name.substring(KEEP.length()), MergeSide.parse(values.get(0)));
			}
		});
		MergeRecords command = new MergeRecords(id, otherId, survivorVersion, mergedVersion, fields);
		try {
			if (subject == Subject.ACCOUNT) {
				duplicates.mergeAccounts(command);
			}
			else {
				duplicates.mergeContacts(command);
			}
			redirect.addFlashAttribute("saved", true);
			return "redirect:/" + kind + "/" + id;
		}
		catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
			model.addAttribute("error", "platform.error.stale");
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("error", ex.messageKey());
		}
		return page(kind, duplicates.preview(subject, id, otherId), model);
	}

	@PostMapping("/{kind:" + QualityPaths.KINDS + "}/duplicates/{id}/{otherId}/dismiss")
	String dismiss(@PathVariable String kind, @PathVariable long id, @PathVariable long otherId,
			RedirectAttributes redirect) {
		duplicates.dismiss(QualityPaths.subject(kind), id, otherId);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/" + kind + "/" + id;
	}

	private static String page(String kind, MergePreview preview, Model model) {
		model.addAttribute("kind", kind);
		model.addAttribute("preview", preview);
		return "customer/quality/compare";
	}

}
