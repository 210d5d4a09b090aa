package io.guanxi.relationship.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import io.guanxi.customer.ContactDetails;
import io.guanxi.customer.ContactService;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.StaleVersionException;
import io.guanxi.relationship.PersonTieView;
import io.guanxi.relationship.PersonTies;
import io.guanxi.relationship.SavePersonTie;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A contact's ties to other people: adding and changing one on a form page, deleting one
 * from the section (htmx answers the section, a plain post the contact page).
 */
@Controller
@RequestMapping("/contacts/{contactId}/ties")
class PersonTieController {

	private static final int CANDIDATES = 8;

	private static final String FORM = "relationship/ties/form";

	private final PersonTies ties;

	private final ContactService contacts;

	private final SectionResponses sections;

	PersonTieController(PersonTies ties, ContactService contacts, SectionResponses sections) {
		this.ties = ties;
		this.contacts = contacts;
		this.sections = sections;
	}

	@InitBinder
	void emptyInputsAreNull(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@GetMapping("/new")
	String newTie(@PathVariable long contactId, @RequestParam(required = false) @Nullable String q, Model model) {
		model.addAttribute("form", PersonTieForm.blank());
		return createForm(contactId, q, model);
	}

	/** People whose name matches what the user typed, to pick the other person. */
	@GetMapping("/candidates")
	String candidates(@PathVariable long contactId, @RequestParam(required = false) @Nullable String q, Model model) {
		model.addAttribute("form", PersonTieForm.blank());
		model.addAttribute("candidates", found(contactId, q, null));
		return FORM + " :: candidates";
	}

	@PostMapping
	String create(@PathVariable long contactId, @RequestParam(required = false) @Nullable String q,
			@Valid @ModelAttribute("form") PersonTieForm form, BindingResult errors, Model model) {
		if (!errors.hasErrors() && save(contactId, form, errors, ties::create)) {
			return "redirect:/contacts/" + contactId + "#relationships";
		}
		return createForm(contactId, q, model);
	}

	@GetMapping("/{tieId}/edit")
	String edit(@PathVariable long contactId, @PathVariable long tieId, Model model) {
		PersonTieView tie = ties.get(tieId);
		model.addAttribute("form", PersonTieForm.of(tie, contactId));
		return editForm(contactId, tie, tie.version(), model);
	}

	@PostMapping("/{tieId}")
	String update(@PathVariable long contactId, @PathVariable long tieId, @RequestParam long version,
			@Valid @ModelAttribute("form") PersonTieForm form, BindingResult errors, Model model) {
		PersonTieView tie = ties.get(tieId);
		PersonTieForm fixed = new PersonTieForm(form.relation(), PersonTieForm.of(tie, contactId).otherContactId(),
				form.strength(), form.validFrom(), form.validTo(), form.note());
		if (!errors.hasErrors() && save(contactId, fixed, errors, command -> ties.update(tieId, command, version))) {
			return "redirect:/contacts/" + contactId + "#relationships";
		}
		return editForm(contactId, tie, version, model);
	}

	@PostMapping("/{tieId}/delete")
	String delete(@PathVariable long contactId, @PathVariable long tieId, @RequestParam long version, HtmxRequest htmx,
			Model model) {
		return sections.contact(contactId, htmx, model, () -> ties.delete(tieId, version));
	}

	private boolean save(long contactId, PersonTieForm form, BindingResult errors, Consumer<SavePersonTie> action) {
		SavePersonTie command = form.toCommand(contactId);
		if (command == null) {
			errors.rejectValue("relation", "relationship.tie.form.relationRequired");
			return false;
		}
		try {
			action.accept(command);
			return true;
		}
		catch (BusinessRuleException ex) {
			ex.rejectOn(errors);
		}
		catch (StaleVersionException ex) {
			errors.reject("platform.error.stale");
		}
		return false;
	}

	private String createForm(long contactId, @Nullable String q, Model model) {
		PersonTieForm form = (PersonTieForm) model.getAttribute("form");
		model.addAttribute("contact", contacts.get(contactId));
		model.addAttribute("relations", TieRelation.all());
		model.addAttribute("q", q);
		model.addAttribute("candidates", found(contactId, q, form == null ? null : form.otherContactId()));
		return FORM;
	}

	private String editForm(long contactId, PersonTieView tie, long version, Model model) {
		boolean outgoing = tie.fromContactId() == contactId;
		model.addAttribute("contact", contacts.get(contactId));
		model.addAttribute("tieId", tie.id());
		model.addAttribute("version", version);
		model.addAttribute("other", outgoing ? tie.toName() : tie.fromName());
		model.addAttribute("relations", TieRelation.all(outgoing));
		return FORM;
	}

	private List<Candidate> found(long contactId, @Nullable String q, @Nullable Long picked) {
		List<Candidate> found = new ArrayList<>();
		if (picked != null) {
			ContactDetails contact = contacts.get(picked);
			found.add(new Candidate(contact.id(), contact.fullName(), contact.jobTitle()));
		}
		if (q != null && !q.isBlank()) {
			contacts.list(q, PageRequest.of(0, CANDIDATES, Sort.by("fullName")))
				.stream()
				.filter(contact -> contact.id() != contactId && (picked == null || contact.id() != picked))
				.forEach(contact -> found.add(new Candidate(contact.id(), contact.fullName(), contact.jobTitle())));
		}
		return found;
	}

}
