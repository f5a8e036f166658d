package org.haven.casefile.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.haven.shared.Roles;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseDetails;
import org.haven.casefile.CaseService;
import org.haven.reference.ReferenceData;
import org.haven.ui.RecordLookup;

/**
 * A case as its caseworker works on it, composed of {@link CaseSection sections}: the
 * header, the identity, the workflow, the answers, the notes and the history. A case the
 * caseworker may not work on looks like one that does not exist. An edit made on a stale
 * version is refused and the caseworker decides what to do ({@link CaseEditing}). A
 * caseworker who opened the case by break-glass reads it and changes nothing: every
 * section says so or offers no change. Nothing identifying stays in the page once it is
 * left.
 * <p>
 * <b>Extending the case page.</b> A new part of the case (consent, the care plan,
 * assessments, referrals) is a new {@link CaseSection} subclass in this package, added to
 * {@link #sections} in the constructor at the place it should appear; it changes the case
 * only through {@link CaseEditing} and takes everything identifying out in
 * {@link CaseSection#leave()}. This class itself does not grow.
 */
@Route("cases/:" + CaseView.CODE)
@RolesAllowed(Roles.CASEWORKER)
class CaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	/** The route parameter that names the case. */
	static final String CODE = "code";

	private final CaseService service;

	private final CaseEditing editing;

	private final CaseSection identity;

	private final List<CaseSection> sections;

	CaseView(CaseService service, ReferenceData reference, List<CaseSectionSource> otherParts) {
		this.service = service;
		this.editing = new CaseEditing(service, this, this::saved, this::show);
		this.identity = new CaseIdentitySection(service, this.editing);
		List<CaseSection> sections = new ArrayList<>(List.of(new CaseHeader(), this.identity,
				new CaseWorkflowSection(service, this.editing),
				new CaseAnswersSection(service, this.editing, reference), new CaseNotesSection(service, this.editing)));
		otherParts.stream()
			.sorted(Comparator.comparingInt(CaseSectionSource::getOrder))
			.map(CaseSectionSource::newSection)
			.forEach(sections::add);
		sections.add(new CaseHistorySection(service, this.editing));
		this.sections = List.copyOf(sections);
		setId("case-view");
		this.sections.forEach(this::add);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.sections.forEach(CaseSection::leave);
		CaseCode code = event.getRouteParameters()
			.get(CODE)
			.flatMap(CaseCode::parse)
			.orElseThrow(NotFoundException::new);
		CaseDetails opened = RecordLookup.orNotFound(() -> this.service.open(code));
		this.editing.opened(opened);
		show(opened);
		this.sections.forEach(section -> section.opened(opened));
	}

	/** The identity is masked whenever the page comes (back) on screen. */
	@Override
	protected void onAttach(AttachEvent attachEvent) {
		this.identity.leave();
	}

	@Override
	protected void onDetach(DetachEvent detachEvent) {
		this.sections.forEach(CaseSection::leave);
	}

	private void show(CaseDetails current) {
		this.sections.forEach(section -> section.show(current));
	}

	private void saved(CaseDetails current) {
		this.sections.forEach(section -> section.saved(current));
	}

	/** The case on show, as last opened or saved. */
	CaseDetails details() {
		return this.editing.current();
	}

	@Override
	public String getPageTitle() {
		CaseDetails current = this.editing.current();
		return current == null ? getTranslation("cases.title") : getTranslation("case.title", current.code().value());
	}

}
