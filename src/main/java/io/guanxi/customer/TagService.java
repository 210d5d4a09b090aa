package io.guanxi.customer;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.guanxi.customer.ProfileSection.Subject;
import io.guanxi.customer.tag.Tag;
import io.guanxi.customer.tag.TagLinks;
import io.guanxi.customer.tag.TagRepository;
import io.guanxi.platform.AccessDeniedProblem;
import io.guanxi.platform.AccessService;
import io.guanxi.platform.BusinessRuleException;
import io.guanxi.platform.RecordNotFoundException;
import io.guanxi.platform.Role;
import io.guanxi.platform.StaleVersionException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tags with colours (标签) on accounts and contacts. Everyone sees all tags and may put
 * them on the records they may change; administrators and sales or service managers
 * define them. For "records having tag X" in list queries see {@link TagFilters}.
 */
@Service
@Transactional
public class TagService {

	static final String RECORD_TYPE = "tag";

	private static final Set<Role> MANAGERS = Set.of(Role.ADMIN, Role.SALES_MANAGER, Role.SERVICE_MANAGER);

	private static final Comparator<TagView> BY_NAME = Comparator
		.comparing((TagView tag) -> tag.name().toLowerCase(Locale.ROOT))
		.thenComparing(TagView::id);

	private final TagRepository tags;

	private final TagLinks links;

	private final RecordAccess records;

	private final AccessService access;

	TagService(TagRepository tags, TagLinks links, RecordAccess records, AccessService access) {
		this.tags = tags;
		this.links = links;
		this.access = access;
		this.records = records;
	}

	/** All tags, by name. */
	@Transactional(readOnly = true)
	public List<TagView> list() {
		return tags.findAll().stream().map(TagService::view).sorted(BY_NAME).toList();
	}

	@Transactional(readOnly = true)
	public TagView get(long id) {
		return view(load(id));
	}

	/** Whether the signed-in user may create, change and delete tags. */
	public boolean canManage() {
		return access.findCurrentUser().map(user -> MANAGERS.contains(user.role())).orElse(false);
	}

	public TagView create(SaveTag command) {
		requireManager();
		String name = checkedName(command.name(), null);
		Tag tag = tags.saveAndFlush(new Tag(name, checkedColor(command.color())));
		return view(tag);
	}

	/**
	 * Renames and recolours a tag that the caller last saw at {@code expectedVersion}.
	 */
	public TagView update(long id, SaveTag command, long expectedVersion) {
		requireManager();
		Tag tag = current(id, expectedVersion);
		tag.rename(checkedName(command.name(), id));
		tag.recolour(checkedColor(command.color()));
		tags.flush();
		return view(tag);
	}

	/** Deletes a tag and takes it off every record. */
	public void delete(long id, long expectedVersion) {
		requireManager();
		tags.delete(current(id, expectedVersion));
	}

	@Transactional(readOnly = true)
	public List<TagView> tagsOf(Subject subject, long recordId) {
		records.checkRead(subject, recordId);
		return tagsOf(subject, List.of(recordId)).getOrDefault(recordId, List.of());
	}

	/**
	 * The tags of many records at once (a list page), in one query; records the caller
	 * may not see, and records without tags, are missing from the map.
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<TagView>> tagsOf(Subject subject, Collection<Long> recordIds) {
		return links.tagsOf(ProfileTables.of(subject), recordIds, records.scope())
			.stream()
			.collect(Collectors.groupingBy(TagLinks.LinkedTag::recordId, LinkedHashMap::new, Collectors.mapping(
					link -> TagView.of(link.tagId(), link.name(), link.color(), link.version()), Collectors.toList())));
	}

	public void apply(Subject subject, long recordId, long tagId) {
		records.checkChange(subject, recordId);
		load(tagId);
		ProfileTables tables = ProfileTables.of(subject);
		if (links.carrying(tables, List.of(recordId), tagId).isEmpty()) {
			links.link(tables, List.of(recordId), tagId);
		}
	}

	public void remove(Subject subject, long recordId, long tagId) {
		records.checkChange(subject, recordId);
		links.unlink(ProfileTables.of(subject), recordId, List.of(tagId));
	}

	/**
	 * Puts a tag on many records (a list's bulk action). Records that do not exist or
	 * that the caller may not change are skipped.
	 * @return how many of the records carry the tag now
	 */
	public int applyToMany(Subject subject, Collection<Long> recordIds, long tagId) {
		load(tagId);
		ProfileTables tables = ProfileTables.of(subject);
		Set<Long> allowed = records.changeable(subject, recordIds);
		Set<Long> missing = new HashSet<>(allowed);
		missing.removeAll(links.carrying(tables, allowed, tagId));
		links.link(tables, missing, tagId);
		return allowed.size();
	}

	/** Makes {@code tagIds} the record's tags (the API's PUT). */
	public List<TagView> replace(Subject subject, long recordId, Collection<Long> tagIds) {
		records.checkChange(subject, recordId);
		Set<Long> wanted = Set.copyOf(tagIds);
		if (tags.findAllById(wanted).size() != wanted.size()) {
			throw new BusinessRuleException("customer.tag.error.unknown");
		}
		ProfileTables tables = ProfileTables.of(subject);
		Set<Long> current = tagsOf(subject, List.of(recordId)).getOrDefault(recordId, List.of())
			.stream()
			.map(TagView::id)
			.collect(Collectors.toSet());
		links.unlink(tables, recordId, current.stream().filter(id -> !wanted.contains(id)).toList());
		links.linkTags(tables, recordId, wanted.stream().filter(id -> !current.contains(id)).toList());
		return tagsOf(subject, recordId);
	}

	private void requireManager() {
		if (!canManage()) {
			throw new AccessDeniedProblem("Only administrators and managers may define tags");
		}
	}

	private String checkedName(String raw, @Nullable Long exceptId) {
		String name = raw.strip();
		if (name.isEmpty() || name.length() > 50) {
			throw new BusinessRuleException("customer.tag.error.name");
		}
		tags.findByNameIgnoreCase(name).filter(other -> exceptId == null || other.id() != exceptId).ifPresent(other -> {
			throw new BusinessRuleException("customer.tag.error.taken", other.name());
		});
		return name;
	}

	private static String checkedColor(String raw) {
		String color = raw.strip().toLowerCase(Locale.ROOT);
		if (!color.matches("#[0-9a-f]{6}")) {
			throw new BusinessRuleException("customer.tag.error.color");
		}
		return color;
	}

	private Tag load(long id) {
		return tags.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
	}

	private Tag current(long id, long expectedVersion) {
		Tag tag = load(id);
		if (tag.version() != expectedVersion) {
			throw new StaleVersionException(RECORD_TYPE, id, expectedVersion, tag.version());
		}
		return tag;
	}

	private static TagView view(Tag tag) {
		return TagView.of(tag.id(), tag.name(), tag.color(), tag.version());
	}

}
