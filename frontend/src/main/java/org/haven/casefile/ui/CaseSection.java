package org.haven.casefile.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.haven.casefile.CaseDetails;

/**
 * One part of the case page ({@link CaseView}): it lays out its own components, keeps
 * them private, and follows the case through the four moments the page has. A section
 * changes the case only through {@link CaseEditing}, so that every change gets the same
 * conflict handling. Invariant: once {@link #leave()} has run, the section holds nothing
 * identifying. Another module adds a section of its own through a
 * {@link CaseSectionSource}.
 */
public abstract class CaseSection extends VerticalLayout {

	protected CaseSection() {
		setPadding(false);
	}

	/**
	 * Shows the case as the record has it, values included: when the page opens a case,
	 * and when the caseworker discards an edit in favour of the latest version.
	 */
	protected abstract void show(CaseDetails current);

	/**
	 * Follows a change saved from this page: what the record decides (status, what may be
	 * changed) follows it; what the caseworker is typing stays.
	 */
	protected void saved(CaseDetails current) {
	}

	/** Loads what the case's details do not carry (notes, drafts) once the page opens. */
	protected void opened(CaseDetails current) {
	}

	/**
	 * Takes everything identifying out of the page: it is left, or opens another case.
	 */
	protected void leave() {
	}

}
