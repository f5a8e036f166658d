package org.haven.casefile.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.haven.casefile.CaseDetails;
import org.haven.casefile.CaseService;
import org.haven.person.Identity;
import org.haven.person.ui.PersonNavigation;
import org.haven.shared.RecordDamagedException;
import org.haven.ui.UserLocale;

/**
 * The person's identity on the case page: masked until Reveal (an audited read), masked
 * again on Hide and whenever the section is left; a damaged identity is said to be
 * damaged and never shown. Erasure of the identity is asked for here and decided by a
 * supervisor.
 */
class CaseIdentitySection extends CaseSection {

	private final Paragraph masked = new Paragraph();

	private final Div identity = new Div();

	private final Button reveal = new Button();

	private final Button hide = new Button();

	private final Anchor identityRecord = new Anchor();

	private final Button requestErasure = new Button();

	private final Paragraph erasureNotice = new Paragraph();

	private final CaseService service;

	CaseIdentitySection(CaseService service, CaseEditing editing) {
		this.service = service;
		this.masked.setId("identity-masked");
		this.identity.setId("identity");
		this.reveal.setId("reveal-identity");
		this.reveal.setText(getTranslation("case.identity.reveal"));
		this.reveal.addThemeVariants(ButtonVariant.PRIMARY);
		this.reveal.addClickListener(click -> reveal(editing.current()));
		this.hide.setId("hide-identity");
		this.hide.setText(getTranslation("case.identity.hide"));
		this.hide.addClickListener(click -> hide());
		this.identityRecord.setId("identity-record");
		this.identityRecord.setText(getTranslation("case.identity.record"));
		this.requestErasure.setId("request-erasure");
		this.requestErasure.setText(getTranslation("case.erasure.request"));
		this.requestErasure.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
		this.requestErasure
			.addClickListener(click -> new ErasureRequestDialog(service, editing.current(), editing::changed).open());
		this.erasureNotice.setId("erasure-notice");
		add(new H2(getTranslation("case.identity")), this.masked, this.identity,
				new HorizontalLayout(this.reveal, this.hide, this.identityRecord, this.requestErasure),
				this.erasureNotice);
		hide();
	}

	@Override
	protected void show(CaseDetails current) {
		this.identityRecord.setHref(PersonNavigation.personUrl(current.person()));
		saved(current);
	}

	@Override
	protected void saved(CaseDetails current) {
		this.requestErasure.setVisible(!current.readOnly() && current.erasureRequested() == null);
		this.erasureNotice.setVisible(current.erasureRequested() != null);
		if (current.erasureRequested() != null) {
			this.erasureNotice
				.setText(getTranslation("case.erasure.pending", CaseLabels.of(this, current.erasureRequested())));
		}
	}

	@Override
	protected void leave() {
		hide();
	}

	private void reveal(CaseDetails current) {
		Identity revealed;
		try {
			revealed = this.service.revealIdentity(current.code());
		}
		catch (RecordDamagedException damaged) {
			this.masked.setText(getTranslation("integrity.identity"));
			this.masked.addClassName("haven-warning");
			return;
		}
		this.identity.removeAll();
		line("case.identity.given-names", revealed.givenNames());
		line("case.identity.family-names", revealed.familyNames());
		line("case.identity.aliases", String.join(", ", revealed.aliases()));
		line("case.identity.date-of-birth", UserLocale.date(revealed.dateOfBirth()));
		line("case.identity.phone-numbers", String.join(", ", revealed.phoneNumbers()));
		line("case.identity.email", revealed.email());
		line("case.identity.addresses", String.join(" / ", revealed.addresses()));
		line("case.identity.document",
				revealed.documentType() == null ? revealed.documentNumber()
						: getTranslation("case.identity.document-value", CaseLabels.of(this, revealed.documentType()),
								revealed.documentNumber() == null ? "" : revealed.documentNumber()));
		line("case.identity.remarks", revealed.identifyingRemarks());
		this.identity.setVisible(true);
		this.masked.setVisible(false);
		this.reveal.setVisible(false);
		this.hide.setVisible(true);
	}

	private void line(String labelKey, String value) {
		if (value == null || value.isBlank()) {
			return;
		}
		Div row = new Div(new Span(getTranslation(labelKey) + ": "), new Span(value));
		row.addClassName("haven-identity-line");
		this.identity.add(row);
	}

	private void hide() {
		this.masked.setText(getTranslation("case.identity.masked"));
		this.masked.removeClassName("haven-warning");
		this.identity.removeAll();
		this.identity.setVisible(false);
		this.masked.setVisible(true);
		this.reveal.setVisible(true);
		this.hide.setVisible(false);
	}

}
