package org.haven.consent.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.haven.casefile.CaseDetails;
import org.haven.casefile.ui.CaseSection;
import org.haven.consent.ConsentLedger;
import org.haven.consent.ConsentRecord;
import org.haven.consent.ConsentState;
import org.haven.consent.LegalBasis;
import org.haven.person.ui.Labels;
import org.haven.ui.RowActions;
import org.haven.ui.UserLocale;

/**
 * The case's consent ledger: the standing of each purpose's latest version, with what the
 * caseworker may do about it, and every version below. Loaded when the page opens (an
 * audited read) and emptied when it is left, since the person's own words may be in it.
 */
class ConsentSection extends CaseSection {

	private final ConsentLedger ledger;

	private final Grid<ConsentRecord> standing = new Grid<>();

	private final Grid<ConsentRecord> versions = new Grid<>();

	private final Button record = new Button();

	private CaseDetails shown;

	ConsentSection(ConsentLedger ledger) {
		this.ledger = ledger;
		setId("consent-section");
		this.standing.setId("consent-standing");
		this.standing.setAllRowsVisible(true);
		this.standing.addColumn(this::purpose)
			.setHeader(getTranslation("consent.column.purpose"))
			.setKey("purpose")
			.setFlexGrow(4);
		this.standing.addColumn(this::state).setHeader(getTranslation("consent.column.state")).setKey("state");
		this.standing.addColumn(entry -> label(entry.legalBasis()))
			.setHeader(getTranslation("consent.column.basis"))
			.setKey("basis");
		this.standing.addColumn(entry -> UserLocale.date(entry.givenOn()))
			.setHeader(getTranslation("consent.column.given-on"))
			.setKey("givenOn");
		this.standing.addColumn(entry -> UserLocale.date(entry.expiresOn()))
			.setHeader(getTranslation("consent.column.expires-on"))
			.setKey("expiresOn");
		this.standing.addComponentColumn(this::actions)
			.setHeader(getTranslation("consent.column.actions"))
			.setKey("actions")
			.setAutoWidth(true);

		this.versions.setId("consent-versions");
		this.versions.setAllRowsVisible(true);
		this.versions.addColumn(ConsentRecord::version)
			.setHeader(getTranslation("consent.column.version"))
			.setKey("version")
			.setAutoWidth(true);
		this.versions.addColumn(this::purpose).setHeader(getTranslation("consent.column.purpose")).setKey("purpose");
		this.versions.addColumn(this::state).setHeader(getTranslation("consent.column.state")).setKey("state");
		this.versions.addColumn(entry -> UserLocale.date(entry.givenOn()))
			.setHeader(getTranslation("consent.column.given-on"))
			.setKey("givenOn");
		this.versions.addColumn(entry -> UserLocale.date(entry.withdrawnOn()))
			.setHeader(getTranslation("consent.column.withdrawn-on"))
			.setKey("withdrawnOn");
		this.versions.addColumn(entry -> entry.withdrawalReason() == null ? "" : entry.withdrawalReason())
			.setHeader(getTranslation("consent.column.reason"))
			.setKey("reason");
		this.versions.addColumn(entry -> label(entry.source()))
			.setHeader(getTranslation("consent.column.source"))
			.setKey("source");
		this.versions.addColumn(entry -> entry.recordedBy() == null ? "" : entry.recordedBy())
			.setHeader(getTranslation("consent.column.recorded-by"))
			.setKey("recordedBy");
		this.versions.addColumn(entry -> UserLocale.dateTime(entry.recordedAt()))
			.setHeader(getTranslation("consent.column.recorded-at"))
			.setKey("recordedAt");

		this.record.setId("record-consent");
		this.record.setText(getTranslation("consent.record"));
		this.record.addThemeVariants(ButtonVariant.PRIMARY);
		this.record.addClickListener(click -> openDialog(Optional.empty()));
		Details history = new Details(getTranslation("consent.history"), this.versions);
		history.setId("consent-history");
		add(new H2(getTranslation("consent.title")), new Paragraph(getTranslation("consent.intro")), this.standing,
				this.record, history);
	}

	@Override
	protected void show(CaseDetails current) {
		this.shown = current;
		this.record.setVisible(!current.readOnly());
	}

	@Override
	protected void saved(CaseDetails current) {
		show(current);
	}

	@Override
	protected void opened(CaseDetails current) {
		this.shown = current;
		load();
	}

	@Override
	protected void leave() {
		this.standing.setItems(List.of());
		this.versions.setItems(List.of());
		this.shown = null;
	}

	private void load() {
		List<ConsentRecord> all = this.ledger.ledger(this.shown.code());
		this.versions.setItems(all);
		this.standing.setItems(latestOfEachPurpose(all));
	}

	/** The latest version for each purpose (and partner), in the order first recorded. */
	static List<ConsentRecord> latestOfEachPurpose(List<ConsentRecord> all) {
		Map<String, ConsentRecord> latest = new LinkedHashMap<>();
		for (ConsentRecord entry : all) {
			String key = entry.purpose() + "\u0000" + entry.scope();
			ConsentRecord before = latest.get(key);
			if (before == null || before.version() < entry.version()) {
				latest.put(key, entry);
			}
		}
		return new ArrayList<>(latest.values());
	}

	private Component actions(ConsentRecord entry) {
		List<Button> buttons = new ArrayList<>();
		if (this.shown != null && !this.shown.readOnly()) {
			Button renew = new Button(getTranslation("consent.renew"), click -> openDialog(Optional.of(entry)));
			renew.setId("renew-consent-" + Labels.kebab(entry.purpose().name()));
			buttons.add(renew);
			if (entry.legalBasis() == LegalBasis.CONSENT && entry.withdrawnOn() == null) {
				Button withdraw = new Button(getTranslation("consent.withdraw"),
						click -> new WithdrawDialog(this.ledger, this.shown.code(), entry, purpose(entry), this::load)
							.open());
				withdraw.setId("withdraw-consent-" + Labels.kebab(entry.purpose().name()));
				buttons.add(withdraw);
			}
		}
		return RowActions.of(buttons.toArray(Button[]::new));
	}

	private void openDialog(Optional<ConsentRecord> renewing) {
		new ConsentDialog(this.ledger, this.shown.code(), renewing, this::load).open();
	}

	private String purpose(ConsentRecord entry) {
		String purpose = label(entry.purpose());
		return entry.partnerName().isEmpty() ? purpose : purpose + ": " + entry.partnerName();
	}

	private String state(ConsentRecord entry) {
		ConsentState state = entry.stateOn(UserLocale.today());
		return label(state);
	}

	private String label(Enum<?> value) {
		return value == null ? "" : getTranslation(Labels.keyOf(value));
	}

}
