package io.guanxi.customer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.guanxi.customer.view.SavedView;
import io.guanxi.customer.view.SavedViewRepository;
import io.guanxi.platform.AccessService;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.RecordNotFoundException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's saved list views (filters, sort and columns under a name), per list such as
 * {@code accounts} or {@code contacts}. A view is its list's query string, so opening one
 * is following a link. Views are private to their user.
 */
@Service
@Transactional
public class SavedViews {

	/** The lists that have views. */
	public static final Set<String> LISTS = Set.of("accounts", "contacts");

	private final SavedViewRepository views;

	private final AccessService access;

	SavedViews(SavedViewRepository views, AccessService access) {
		this.views = views;
		this.access = access;
	}

	@Transactional(readOnly = true)
	public List<View> of(String list) {
		return views.findByUserIdAndListOrderByName(access.currentUser().id(), list)
			.stream()
			.map(SavedViews::view)
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<View> defaultOf(String list) {
		return of(list).stream().filter(View::isDefault).findFirst();
	}

	/**
	 * Saves the query under the name, replacing the user's view of that name if there is
	 * one.
	 */
	public View save(String list, SaveView command) {
		if (!LISTS.contains(list)) {
			throw new BusinessRuleException("customer.views.error.list");
		}
		long userId = access.currentUser().id();
		String name = command.name().strip();
		SavedView view = views.findByUserIdAndListAndName(userId, list, name)
			.orElseGet(() -> new SavedView(userId, list, name, ""));
		view.redefine(Objects.requireNonNull(command.query()));
		return view(views.save(view));
	}

	/** Makes the view the one its list opens with, or (with {@code false}) stops that. */
	public void makeDefault(long id, boolean makeDefault) {
		SavedView chosen = own(id);
		if (makeDefault) {
			views.findByUserIdAndListOrderByName(chosen.userId(), chosen.list())
				.forEach(view -> view.makeDefault(false));
		}
		chosen.makeDefault(makeDefault);
	}

	public void delete(long id) {
		views.delete(own(id));
	}

	private SavedView own(long id) {
		return views.findById(id)
			.filter(view -> view.userId() == access.currentUser().id())
			.orElseThrow(() -> new RecordNotFoundException("view", id));
	}

	private static View view(SavedView view) {
		return new View(view.id(), view.list(), view.name(), view.query(), view.isDefault());
	}

	/** A saved view; {@code query} is the list's query string without the leading "?". */
	public record View(long id, String list, String name, String query, boolean isDefault) {
	}

	public record SaveView(@NotBlank @Size(max = 60) String name, @Nullable @Size(max = 2000) String query) {

		public SaveView {
			query = query == null ? "" : query;
		}

	}

}
