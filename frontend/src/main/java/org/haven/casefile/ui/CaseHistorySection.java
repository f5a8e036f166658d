package org.haven.casefile.ui;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.haven.casefile.CaseChange;
import org.haven.casefile.CaseDetails;
import org.haven.casefile.CaseService;
import org.haven.ui.UserLocale;

/**
 * Who changed which part of the case and when (the consent, care plan, services, tasks
 * and after-care included; Haven itself for what a scheduled job did), never what they
 * wrote: loaded when opened, and again after each change while it stays open.
 */
class CaseHistorySection extends CaseSection {

	private final VerticalLayout entries = new VerticalLayout();

	private final Details history = new Details();

	private final CaseService service;

	private final CaseEditing editing;

	CaseHistorySection(CaseService service, CaseEditing editing) {
		this.service = service;
		this.editing = editing;
		this.entries.setId("case-history");
		this.entries.setPadding(false);
		this.history.setId("case-history-details");
		this.history.setSummaryText(getTranslation("case.history"));
		this.history.add(this.entries);
		this.history.setWidthFull();
		this.history.addOpenedChangeListener(opened -> {
			if (opened.isOpened()) {
				showHistory();
			}
		});
		add(this.history);
	}

	@Override
	protected void show(CaseDetails current) {
	}

	@Override
	protected void saved(CaseDetails current) {
		if (this.history.isOpened()) {
			showHistory();
		}
	}

	private void showHistory() {
		this.entries.removeAll();
		for (CaseChange change : this.service.history(this.editing.current().code())) {
			String what = Stream
				.concat(change.opening() ? Stream.of(getTranslation("case.history.opened")) : Stream.empty(),
						change.parts().stream().map(part -> CaseLabels.of(this, part)))
				.collect(Collectors.joining(", "));
			String by = change.byHaven() ? getTranslation("case.history.by-haven") : change.by();
			this.entries
				.add(new Span(getTranslation("case.history.entry", UserLocale.dateTime(change.at()), by, what)));
		}
	}

}
