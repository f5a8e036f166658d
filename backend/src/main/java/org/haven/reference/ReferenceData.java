package org.haven.reference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.haven.shared.ConflictException;
import org.haven.shared.LanguageTags;
import org.haven.shared.NotFoundException;
import org.haven.shared.Problems;
import org.haven.shared.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the coded lists for everyone signed in; administrators add items, relabel them,
 * retire and reinstate them. Nothing is ever deleted and no code ever changes, because
 * cases store codes.
 */
@Service
@Transactional
public class ReferenceData {

	static final String ITEM = "reference item";

	static final int MAX_LABEL_LENGTH = 200;

	private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{2,64}");

	private static final String SIGNED_IN = "isAuthenticated()";

	private static final String ADMIN_ONLY = "hasRole('" + Roles.ADMIN + "')";

	private final ReferenceEntryRepository entries;

	private final ApplicationEventPublisher events;

	ReferenceData(ReferenceEntryRepository entries, ApplicationEventPublisher events) {
		this.entries = entries;
		this.events = events;
	}

	/** The items offered for new entries, in list order. */
	@PreAuthorize(SIGNED_IN)
	@Transactional(readOnly = true)
	public List<ReferenceItem> active(ReferenceList list) {
		return all(list).stream().filter(item -> !item.retired()).toList();
	}

	/** Every item, retired ones included, in list order. */
	@PreAuthorize(SIGNED_IN)
	@Transactional(readOnly = true)
	public List<ReferenceItem> all(ReferenceList list) {
		return this.entries.findAllIn(list).stream().map(ReferenceEntry::item).toList();
	}

	/** The item with this code, retired or not: what a case recorded stays readable. */
	@PreAuthorize(SIGNED_IN)
	@Transactional(readOnly = true)
	public Optional<ReferenceItem> find(ReferenceList list, String code) {
		if (code == null) {
			return Optional.empty();
		}
		return this.entries.findById(new ReferenceEntry.Key(list, code)).map(ReferenceEntry::item);
	}

	/** Whether a new entry may choose this code: it exists and is not retired. */
	@PreAuthorize(SIGNED_IN)
	@Transactional(readOnly = true)
	public boolean isOffered(ReferenceList list, String code) {
		return find(list, code).filter(item -> !item.retired()).isPresent();
	}

	/**
	 * Whether this recruitment channel is online (ICT-facilitated recruitment, resolution
	 * 11/5 op. 9(d)). Unknown codes are not.
	 */
	@PreAuthorize(SIGNED_IN)
	@Transactional(readOnly = true)
	public boolean isOnlineChannel(String code) {
		if (code == null) {
			return false;
		}
		return this.entries.findById(new ReferenceEntry.Key(ReferenceList.RECRUITMENT_CHANNELS, code))
			.map(ReferenceEntry::online)
			.orElse(false);
	}

	@PreAuthorize(ADMIN_ONLY)
	public ReferenceItem add(ReferenceList list, NewReferenceItem item) {
		Problems problems = new Problems();
		String code = item.code() == null ? "" : item.code().strip();
		if (code.isEmpty()) {
			problems.add("code", "validation.required");
		}
		else if (!CODE.matcher(code).matches()) {
			problems.add("code", "reference.code.invalid");
		}
		else if (this.entries.existsById(new ReferenceEntry.Key(list, code))) {
			problems.add("code", "reference.code.taken");
		}
		if (item.online() && !list.mayBeOnline()) {
			problems.add("online", "reference.online.not-this-list");
		}
		Map<String, String> labels = checkedLabels(item.labels(), problems);
		problems.throwIfAny();
		ReferenceEntry entry = new ReferenceEntry(list, code, labels, this.entries.lastPositionIn(list) + 1,
				item.online());
		ReferenceItem added = this.entries.saveAndFlush(entry).item();
		this.events.publishEvent(new ReferenceItemAdded(list, code));
		return added;
	}

	@PreAuthorize(ADMIN_ONLY)
	public ReferenceItem relabel(ReferenceList list, String code, long expectedVersion, Map<String, String> labels) {
		ReferenceEntry entry = load(list, code, expectedVersion);
		Problems problems = new Problems();
		Map<String, String> checked = checkedLabels(labels, problems);
		problems.throwIfAny();
		if (!entry.relabel(checked)) {
			return entry.item();
		}
		ReferenceItem relabelled = this.entries.saveAndFlush(entry).item();
		this.events.publishEvent(new ReferenceItemRelabelled(list, code));
		return relabelled;
	}

	/**
	 * A label in every language Haven is written in, each under the field name
	 * {@code label.<tag>}; labels under other tags are not kept.
	 */
	private static Map<String, String> checkedLabels(Map<String, String> labels, Problems problems) {
		Map<String, String> checked = new LinkedHashMap<>();
		for (String language : LanguageTags.ALL) {
			checked.put(language, problems.text(labelField(language), labels.get(language), MAX_LABEL_LENGTH, true));
		}
		return checked;
	}

	/**
	 * The field name under which a problem with the label in this language is reported.
	 */
	public static String labelField(String languageTag) {
		return "label." + languageTag;
	}

	/** No longer offered for new entries; still read wherever a case holds the code. */
	@PreAuthorize(ADMIN_ONLY)
	public ReferenceItem retire(ReferenceList list, String code, long expectedVersion) {
		return changeRetirement(list, code, expectedVersion, true);
	}

	@PreAuthorize(ADMIN_ONLY)
	public ReferenceItem reinstate(ReferenceList list, String code, long expectedVersion) {
		return changeRetirement(list, code, expectedVersion, false);
	}

	private ReferenceItem changeRetirement(ReferenceList list, String code, long expectedVersion, boolean retire) {
		ReferenceEntry entry = load(list, code, expectedVersion);
		boolean changed = retire ? entry.retire() : entry.reinstate();
		if (!changed) {
			return entry.item();
		}
		ReferenceItem saved = this.entries.saveAndFlush(entry).item();
		ReferenceEvent event = retire ? new ReferenceItemRetired(list, code) : new ReferenceItemReinstated(list, code);
		this.events.publishEvent(event);
		return saved;
	}

	private ReferenceEntry load(ReferenceList list, String code, long expectedVersion) {
		ReferenceEntry entry = this.entries.findById(new ReferenceEntry.Key(list, code))
			.orElseThrow(() -> new NotFoundException(ITEM));
		if (entry.version() != expectedVersion) {
			throw new ConflictException(ITEM);
		}
		return entry;
	}

}
