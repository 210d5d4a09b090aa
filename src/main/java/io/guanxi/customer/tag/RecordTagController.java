package io.guanxi.customer.tag;

import io.guanxi.customer.ProfileSection.Subject;
import io.guanxi.customer.TagService;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Adding and removing tags on a profile page: htmx gets the section back, a plain form
 * post the page.
 */
@Controller
class RecordTagController {

	private final TagService tags;

	RecordTagController(TagService tags) {
		this.tags = tags;
	}

	@PostMapping("/{kind:accounts|contacts}/{id}/tags")
	String add(@PathVariable String kind, @PathVariable long id, @RequestParam(required = false) @Nullable Long tagId,
			HtmxRequest htmx, Model model) {
		Subject subject = subject(kind);
		if (tagId != null) {
			tags.apply(subject, id, tagId);
		}
		return section(subject, id, htmx, model);
	}

	@PostMapping("/{kind:accounts|contacts}/{id}/tags/{tagId}/remove")
	String remove(@PathVariable String kind, @PathVariable long id, @PathVariable long tagId, HtmxRequest htmx,
			Model model) {
		Subject subject = subject(kind);
		tags.remove(subject, id, tagId);
		return section(subject, id, htmx, model);
	}

	private String section(Subject subject, long id, HtmxRequest htmx, Model model) {
		if (!htmx.isHtmxRequest()) {
			return "redirect:" + TagSectionData.recordPath(subject, id);
		}
		model.addAttribute("data", TagSections.load(tags, subject, id));
		model.addAttribute("record", null);
		return TagSections.TEMPLATE + " :: section";
	}

	static Subject subject(String kind) {
		return kind.equals("accounts") ? Subject.ACCOUNT : Subject.CONTACT;
	}

}
