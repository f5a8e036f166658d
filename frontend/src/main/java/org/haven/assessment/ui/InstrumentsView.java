package org.haven.assessment.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.haven.assessment.Instrument;
import org.haven.assessment.InstrumentVersion;
import org.haven.assessment.Instruments;
import org.haven.person.ui.Labels;
import org.haven.shared.Roles;
import org.haven.ui.Notifications;
import org.haven.ui.RowActions;
import org.haven.ui.UserLocale;

/**
 * Administrators keep the assessment instruments here: every version with its standing,
 * the next version started as a draft copied from the latest, its texts edited, then
 * published, after which it never changes; and a version retired, closed to new
 * assessments while earlier ones keep it.
 */
@Route("admin/instruments")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "nav.instruments", order = 84.5)
class InstrumentsView extends VerticalLayout implements HasDynamicTitle {

	private final Grid<Instrument> versions = new Grid<>();

	private final InstrumentTexts texts;

	private final Instruments instruments;

	/** Each instrument's latest version, where no draft of the next one exists yet. */
	private Set<InstrumentVersion> draftable = Set.of();

	InstrumentsView(Instruments instruments) {
		this.instruments = instruments;
		this.texts = new InstrumentTexts(instruments, this::refresh);
		setId("instruments-view");
		add(new H1(getTranslation("instrument.title")), new Paragraph(getTranslation("instrument.intro")));
		this.versions.setId("instrument-versions");
		this.versions.addColumn(instrument -> instrument.label(UserLocale.current().getLanguage()))
			.setHeader(getTranslation("instrument.column.instrument"))
			.setKey("instrument");
		this.versions.addColumn(instrument -> instrument.id().version())
			.setHeader(getTranslation("instrument.column.version"))
			.setKey("version");
		this.versions.addColumn(instrument -> getTranslation(InstrumentTexts.standingKey(instrument)))
			.setHeader(getTranslation("instrument.column.standing"))
			.setKey("standing");
		this.versions.addComponentColumn(this::actions)
			.setHeader(getTranslation("instrument.column.actions"))
			.setKey("actions")
			.setAutoWidth(true);
		this.versions.setAllRowsVisible(true);
		add(this.versions, this.texts);
		refresh();
	}

	/** Every published version and, after each instrument's latest, its draft. */
	private void refresh() {
		List<Instrument> rows = new ArrayList<>();
		Set<InstrumentVersion> draftable = new HashSet<>();
		List<Instrument> published = this.instruments.published();
		for (int index = 0; index < published.size(); index++) {
			Instrument version = published.get(index);
			rows.add(version);
			if (latestOf(published, index)) {
				this.instruments.draft(version.id().code())
					.ifPresentOrElse(rows::add, () -> draftable.add(version.id()));
			}
		}
		this.draftable = draftable;
		this.versions.setItems(rows);
		this.texts.reload(rows);
	}

	private static boolean latestOf(List<Instrument> published, int index) {
		return index == published.size() - 1
				|| !published.get(index + 1).id().code().equals(published.get(index).id().code());
	}

	private Component actions(Instrument instrument) {
		String id = Labels.kebab(instrument.id().code()) + "-" + instrument.id().version();
		Button show = new Button(getTranslation("instrument.show"), click -> this.texts.show(instrument));
		show.setId("show-" + id);
		List<Button> buttons = new ArrayList<>(List.of(show));
		if (instrument.standing() == Instrument.Standing.DRAFT) {
			Button publish = new Button(getTranslation("instrument.publish"), click -> confirmPublish(instrument));
			publish.setId("publish-" + id);
			buttons.add(publish);
		}
		else {
			if (this.draftable.contains(instrument.id())) {
				Button draft = new Button(getTranslation("instrument.start-draft"), click -> startDraft(instrument));
				draft.setId("start-draft-" + id);
				buttons.add(draft);
			}
			if (instrument.standing() == Instrument.Standing.PUBLISHED) {
				Button retire = new Button(getTranslation("instrument.retire"), click -> confirmRetire(instrument));
				retire.setId("retire-" + id);
				buttons.add(retire);
			}
		}
		return RowActions.of(buttons.toArray(Button[]::new));
	}

	private void startDraft(Instrument latest) {
		change(() -> {
			Instrument draft = this.instruments.startDraft(latest.id().code());
			Notifications.success(getTranslation("instrument.drafted", draft.id().version()));
			this.texts.show(draft);
		});
	}

	private void confirmPublish(Instrument draft) {
		confirm("publish-instrument", getTranslation("instrument.publish.title", draft.id().version()),
				getTranslation("instrument.publish.text"), getTranslation("instrument.publish"), () -> {
					InstrumentVersion published = this.instruments.publish(draft.id().code());
					Notifications.success(getTranslation("instrument.published", published.version()));
				});
	}

	private void confirmRetire(Instrument version) {
		confirm("retire-instrument", getTranslation("instrument.retire.title", version.id().version()),
				getTranslation("instrument.retire.text"), getTranslation("instrument.retire"), () -> {
					this.instruments.retire(version.id());
					Notifications.success(getTranslation("instrument.retired", version.id().version()));
				});
	}

	private void confirm(String id, String header, String text, String confirmText, Runnable action) {
		ConfirmDialog dialog = new ConfirmDialog();
		dialog.setId(id);
		dialog.setHeader(header);
		dialog.setText(text);
		dialog.setCancelable(true);
		dialog.setCancelText(getTranslation("action.cancel"));
		dialog.setConfirmText(confirmText);
		dialog.setConfirmButtonTheme(ButtonVariant.PRIMARY.getVariantName());
		dialog.addConfirmListener(confirmed -> change(action));
		dialog.open();
	}

	private void change(Runnable action) {
		RowActions.change(this, action, "instrument.conflict", this::refresh);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("instrument.title");
	}

}
