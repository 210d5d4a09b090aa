package io.guanxi.customer.field;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.guanxi.customer.CustomFieldErrors;
import io.guanxi.customer.CustomFieldService;
import io.guanxi.customer.FieldType;
import io.guanxi.customer.ProfileSection.Subject;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Inline editing of a record's custom fields: htmx swaps the section between reading and
 * editing; without JavaScript the edit form is a page of its own.
 */
@Controller
class RecordFieldController {

	private static final String PREFIX = "field.";

	private final CustomFieldService fields;

	RecordFieldController(CustomFieldService fields) {
		this.fields = fields;
	}

	@GetMapping("/{kind:accounts|contacts}/{id}/fields")
	String show(@PathVariable String kind, @PathVariable long id, HtmxRequest htmx, Model model) {
		Subject subject = subject(kind);
		if (!htmx.isHtmxRequest()) {
			return "redirect:" + FieldSectionData.recordPath(subject, id);
		}
		return section(model, FieldSections.load(fields, subject, id, false));
	}

	@GetMapping("/{kind:accounts|contacts}/{id}/fields/edit")
	String edit(@PathVariable String kind, @PathVariable long id, HtmxRequest htmx, Model model) {
		FieldSectionData data = FieldSections.load(fields, subject(kind), id, true);
		return htmx.isHtmxRequest() ? section(model, data) : page(model, data);
	}

	@PostMapping("/{kind:accounts|contacts}/{id}/fields")
	String save(@PathVariable String kind, @PathVariable long id, @RequestParam MultiValueMap<String, String> form,
			HtmxRequest htmx, Model model) {
		Subject subject = subject(kind);
		FieldSectionData current = FieldSections.load(fields, subject, id, true);
		Map<String, @Nullable String> raw = raw(current, form);
		try {
			fields.setValues(subject, id, raw);
		}
		catch (CustomFieldErrors ex) {
			FieldSectionData failed = withInput(current, raw, ex);
			return htmx.isHtmxRequest() ? section(model, failed) : page(model, failed);
		}
		if (!htmx.isHtmxRequest()) {
			return "redirect:" + current.recordPath();
		}
		return section(model, FieldSections.load(fields, subject, id, false));
	}

	/**
	 * The posted values by field code, as text; fields the form did not carry stay out.
	 */
	private static Map<String, @Nullable String> raw(FieldSectionData data, MultiValueMap<String, String> form) {
		Map<String, @Nullable String> raw = new HashMap<>();
		for (FieldSectionData.Row row : data.rows()) {
			List<String> posted = form.get(PREFIX + row.field().code());
			if (posted == null) {
				continue;
			}
			FieldType type = row.field().type();
			if (type == FieldType.BOOLEAN) {
				// a hidden "false" comes first, the checkbox's "true" after it when
				// ticked
				raw.put(row.field().code(), String.valueOf(posted.contains("true")));
			}
			else if (type == FieldType.MULTI_CHOICE) {
				raw.put(row.field().code(), String.join(";", posted.stream().filter(v -> !v.isBlank()).toList()));
			}
			else {
				raw.put(row.field().code(), posted.get(0));
			}
		}
		return raw;
	}

	private static FieldSectionData withInput(FieldSectionData data, Map<String, @Nullable String> raw,
			CustomFieldErrors errors) {
		List<FieldSectionData.Row> rows = new ArrayList<>();
		for (FieldSectionData.Row row : data.rows()) {
			String code = row.field().code();
			String text = raw.containsKey(code) ? Objects.requireNonNullElse(raw.get(code), "") : row.text();
			List<String> chosen = row.field()
				.options()
				.stream()
				.filter(option -> List.of(text.split(";")).contains(option))
				.toList();
			var problem = errors.problems().stream().filter(p -> p.field().equals(code)).findFirst();
			rows.add(new FieldSectionData.Row(row.field(), text, chosen,
					problem.map(CustomFieldErrors.Problem::messageKey).orElse(null),
					problem.map(CustomFieldErrors.Problem::arguments).orElse(new Object[0])));
		}
		return new FieldSectionData(data.subject(), data.recordId(), data.path(), data.recordPath(), true,
				data.canDefine(), rows);
	}

	private static String section(Model model, FieldSectionData data) {
		model.addAttribute("data", data);
		model.addAttribute("record", null);
		return FieldSections.TEMPLATE + " :: section";
	}

	private static String page(Model model, FieldSectionData data) {
		model.addAttribute("data", data);
		return "customer/field/edit";
	}

	private static Subject subject(String kind) {
		return kind.equals("accounts") ? Subject.ACCOUNT : Subject.CONTACT;
	}

}
