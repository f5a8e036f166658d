package org.haven.casefile.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.haven.casefile.CaseDetails;
import org.haven.ui.UserLocale;

/**
 * The top of the case page: the case code, its status, who works on it, and, for a case
 * opened by break-glass, that it is read only and until when.
 */
class CaseHeader extends CaseSection {

	private final H1 title = new H1();

	private final Span status = new Span();

	private final Paragraph caseworkers = new Paragraph();

	private final Paragraph breakGlassNotice = new Paragraph();

	CaseHeader() {
		this.status.setId("case-status");
		this.status.getElement().getThemeList().add("badge");
		this.caseworkers.setId("case-caseworkers");
		this.breakGlassNotice.setId("break-glass-notice");
		this.breakGlassNotice.addClassName("haven-warning");
		HorizontalLayout heading = new HorizontalLayout(this.title, this.status);
		heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
		add(heading, this.caseworkers, this.breakGlassNotice);
	}

	@Override
	protected void show(CaseDetails current) {
		this.title.setText(getTranslation("case.title", current.code().value()));
		this.caseworkers.setText(current.caseworkers()
			.stream()
			.map(worker -> getTranslation(worker.primary() ? "case.caseworker.primary" : "case.caseworker.secondary",
					worker.name()))
			.collect(Collectors.joining(" · ")));
		this.breakGlassNotice.setVisible(current.readOnly());
		if (current.readOnly()) {
			this.breakGlassNotice
				.setText(getTranslation("case.break-glass.notice", UserLocale.dateTime(current.breakGlassUntil())) + " "
						+ getTranslation("case.break-glass.read-only.explained"));
		}
		saved(current);
	}

	@Override
	protected void saved(CaseDetails current) {
		this.status.setText(CaseLabels.of(this, current.status()));
	}

}
