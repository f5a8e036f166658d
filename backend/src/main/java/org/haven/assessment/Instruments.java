package org.haven.assessment;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.haven.access.AccountDirectory;
import org.haven.shared.InvalidInputException;
import org.haven.shared.NotFoundException;
import org.haven.shared.Problem;
import org.haven.shared.Problems;
import org.haven.shared.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assessment instruments: every published version, for those who administer them and
 * those who manage them; and, for administrators, the next version of an instrument as a
 * draft copied from the latest, its texts edited, then published, after which it never
 * changes, or a version retired, closed to new administrations. Instruments hold no case
 * data.
 */
@Service
@Transactional
public class Instruments {

	static final int MAX_TEXT_LENGTH = 1000;

	private static final String ADMIN = "hasRole('" + Roles.ADMIN + "')";

	private final InstrumentCatalogue catalogue;

	private final AccountDirectory accounts;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Instruments(InstrumentCatalogue catalogue, AccountDirectory accounts, Clock clock,
			ApplicationEventPublisher events) {
		this.catalogue = catalogue;
		this.accounts = accounts;
		this.clock = clock;
		this.events = events;
	}

	/** Every published version, retired ones included, by code and version. */
	@PreAuthorize("hasAnyRole('" + Roles.CASEWORKER + "', '" + Roles.SUPERVISOR + "', '" + Roles.ADMIN + "')")
	@Transactional(readOnly = true)
	public List<Instrument> published() {
		return this.catalogue.published();
	}

	/** The draft of the instrument's next version, if an administrator started one. */
	@PreAuthorize(ADMIN)
	@Transactional(readOnly = true)
	public Optional<Instrument> draft(String code) {
		return this.catalogue.draft(code);
	}

	/** Starts the next version of the instrument as a copy of its latest. */
	@PreAuthorize(ADMIN)
	public Instrument startDraft(String code) {
		int latest = this.catalogue.latestVersion(code).orElseThrow(() -> new NotFoundException("instrument"));
		if (this.catalogue.draft(code).isPresent()) {
			throw new InvalidInputException(Problem.ofForm("assessment.instrument.draft-exists"));
		}
		this.catalogue.startDraft(code, latest, this.accounts.signedInAccount(), this.clock.instant());
		Instrument draft = this.catalogue.draft(code).orElseThrow();
		this.events.publishEvent(new InstrumentDrafted(draft.id()));
		return draft;
	}

	/**
	 * Changes one text of the draft: an item's label or a score's definition, in one
	 * language.
	 */
	@PreAuthorize(ADMIN)
	public Instrument editDraft(String code, String item, String key, String language, String text) {
		Instrument draft = this.catalogue.draft(code).orElseThrow(() -> new NotFoundException("instrument draft"));
		Problems problems = new Problems();
		String checked = problems.text("text", text, MAX_TEXT_LENGTH, true);
		if (language == null || !InstrumentCatalogue.LANGUAGES.contains(language)) {
			problems.add("language", "validation.invalid");
		}
		problems.throwIfAny();
		if (!this.catalogue.editDraftText(code, item == null ? "" : item, key, language, checked)) {
			throw new InvalidInputException(Problem.of("item", "assessment.instrument.text-unknown"));
		}
		this.events.publishEvent(new InstrumentDraftEdited(draft.id(), item == null ? "" : item, key, language));
		return this.catalogue.draft(code).orElseThrow();
	}

	/**
	 * Publishes the draft as the instrument's next version; from now on it never changes.
	 */
	@PreAuthorize(ADMIN)
	public InstrumentVersion publish(String code) {
		Instrument draft = this.catalogue.draft(code).orElseThrow(() -> new NotFoundException("instrument draft"));
		int basedOn = draft.id().version() - 1;
		InstrumentVersion published = this.catalogue.publish(draft, basedOn, this.accounts.signedInAccount(),
				this.clock.instant());
		this.events.publishEvent(new InstrumentPublished(published));
		return published;
	}

	/** Closes a published version to new administrations; earlier ones keep it. */
	@PreAuthorize(ADMIN)
	public void retire(InstrumentVersion version) {
		if (this.catalogue.version(version).isEmpty()) {
			throw new NotFoundException("instrument");
		}
		if (!this.catalogue.retire(version, this.accounts.signedInAccount(), this.clock.instant())) {
			throw new InvalidInputException(Problem.ofForm("assessment.instrument.already-retired"));
		}
		this.events.publishEvent(new InstrumentRetired(version));
	}

}
