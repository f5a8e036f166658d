package org.haven.assessment.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.haven.assessment.Administration;
import org.haven.assessment.AdministrationKind;
import org.haven.assessment.Assessments;
import org.haven.assessment.Instrument;
import org.haven.assessment.InstrumentVersion;
import org.haven.assessment.Instruments;
import org.haven.assistance.AfterCare;
import org.haven.assistance.AfterCareCheck;
import org.haven.assistance.ContactKind;
import org.haven.casefile.CaseDetails;
import org.haven.casefile.CaseStatus;
import org.haven.casefile.ui.CaseSection;
import org.haven.person.ui.Labels;
import org.haven.ui.EChart;
import org.haven.ui.UserLocale;

/**
 * The case's reintegration outcomes: the baseline against the latest administration,
 * domain by domain, as a chart and, with the same numbers, a table; the overall risk and,
 * apart, the gender-related risk; and the latest re-trafficking screen's risk level.
 * Loaded when the page opens (an audited read) and emptied when it is left, since the
 * reasons may name the person.
 */
class AssessmentSection extends CaseSection {

	private final Assessments assessments;

	private final Instruments instruments;

	private final AfterCare afterCare;

	private final Paragraph none = new Paragraph();

	private final Paragraph latest = new Paragraph();

	private final Paragraph overallRisk = new Paragraph();

	private final Paragraph genderRisk = new Paragraph();

	private final EChart chart = new EChart("assessment-chart");

	private final Grid<Row> comparison = new Grid<>();

	private final Button record = new Button();

	private final ScreenResult screen;

	private CaseDetails shown;

	private List<Administration> administrations = List.of();

	private List<Instrument> published = List.of();

	AssessmentSection(Assessments assessments, Instruments instruments, AfterCare afterCare) {
		this.assessments = assessments;
		this.instruments = instruments;
		this.afterCare = afterCare;
		this.screen = new ScreenResult(assessments, this::afterCareChecks, this::load);
		setId("assessment-section");
		this.none.setId("assessment-none");
		this.none.setText(getTranslation("assessment.none"));
		this.latest.setId("assessment-latest");
		this.overallRisk.setId("assessment-overall-risk");
		this.genderRisk.setId("assessment-gender-risk");
		this.comparison.setId("assessment-comparison");
		this.comparison.setAllRowsVisible(true);
		this.comparison.addColumn(Row::domain).setHeader(getTranslation("assessment.column.domain")).setKey("domain");
		this.comparison.addColumn(Row::baseline)
			.setHeader(getTranslation("assessment.column.baseline"))
			.setKey("baseline");
		this.comparison.addColumn(Row::latest).setHeader(getTranslation("assessment.column.latest")).setKey("latest");
		this.record.setId("record-assessment");
		this.record.setText(getTranslation("assessment.record"));
		this.record.addClickListener(click -> recordOne());
		VerticalLayout risks = new VerticalLayout(this.latest, this.overallRisk, this.genderRisk);
		risks.setPadding(false);
		risks.setSpacing(false);
		add(new H2(getTranslation("assessment.title")), new Paragraph(getTranslation("assessment.intro")), this.none,
				risks, this.chart, this.comparison, this.record, this.screen);
		showNothing();
	}

	@Override
	protected void show(CaseDetails current) {
		this.shown = current;
		this.record.setVisible(!current.readOnly());
	}

	@Override
	protected void saved(CaseDetails current) {
		show(current);
		load();
	}

	@Override
	protected void opened(CaseDetails current) {
		show(current);
		this.published = this.instruments.published();
		load();
	}

	@Override
	protected void leave() {
		this.administrations = List.of();
		this.shown = null;
		this.screen.clear();
		showNothing();
	}

	private void recordOne() {
		Optional<Instrument> instrument = instrumentToUse();
		if (this.shown == null || instrument.isEmpty()) {
			return;
		}
		new AssessmentDialog(this.assessments, this.shown.code(), instrument.get(), latestOf(outcomes()),
				afterCareChecks(), this::load)
			.open();
	}

	/**
	 * The after-care checks an administration after closure may be recorded at, read when
	 * a dialog opens on a closed case: follow-ups of the open case are not among them.
	 */
	private List<AfterCareCheck> afterCareChecks() {
		if (this.shown == null || this.shown.status() != CaseStatus.CLOSED) {
			return List.of();
		}
		return this.afterCare.checks(this.shown.code())
			.stream()
			.filter(check -> check.kind() == ContactKind.AFTER_CARE_CHECK)
			.toList();
	}

	/**
	 * The version of the case's baseline while it takes administrations; otherwise the
	 * latest version that does.
	 */
	private Optional<Instrument> instrumentToUse() {
		Optional<InstrumentVersion> baseline = outcomes().stream()
			.filter(administration -> administration.kind() == AdministrationKind.BASELINE)
			.map(Administration::instrument)
			.findFirst();
		List<Instrument> open = this.published.stream()
			.filter(instrument -> instrument.id().code().equals(InstrumentVersion.REINTEGRATION_OUTCOMES))
			.filter(instrument -> instrument.standing() == Instrument.Standing.PUBLISHED)
			.toList();
		return open.stream()
			.filter(instrument -> baseline.isPresent() && instrument.id().equals(baseline.get()))
			.findFirst()
			.or(() -> open.stream().reduce((first, second) -> second));
	}

	private void load() {
		if (this.shown == null) {
			return;
		}
		this.administrations = this.assessments.administrations(this.shown.code());
		this.screen.show(this.shown.code(), this.shown.readOnly(), this.administrations, this.published);
		List<Administration> outcomes = outcomes();
		if (outcomes.isEmpty()) {
			showNothing();
			return;
		}
		Administration baseline = outcomes.stream()
			.filter(administration -> administration.kind() == AdministrationKind.BASELINE)
			.findFirst()
			.orElse(outcomes.getFirst());
		Administration latest = outcomes.getLast();
		Instrument instrument = this.published.stream()
			.filter(found -> found.id().equals(latest.instrument()))
			.findFirst()
			.orElse(null);
		String language = UserLocale.current().getLanguage();
		List<Row> rows = new ArrayList<>();
		for (Administration.Answered answer : latest.answers()) {
			String domain = instrument == null ? answer.item()
					: instrument.items()
						.stream()
						.filter(item -> item.code().equals(answer.item()))
						.findFirst()
						.map(item -> item.label(language))
						.orElse(answer.item());
			Administration.Answered before = baseline.instrument().equals(latest.instrument())
					? baseline.answer(answer.item()).orElse(null) : null;
			rows.add(new Row(answer.item(), domain, AssessmentLabels.answer(this, before),
					AssessmentLabels.answer(this, answer), before != null && before.scored() ? before.score() : null,
					answer.scored() ? answer.score() : null));
		}
		this.none.setVisible(false);
		this.latest.setText(getTranslation("assessment.administered", getTranslation(Labels.keyOf(latest.kind())),
				UserLocale.date(latest.administeredOn())));
		this.overallRisk
			.setText(getTranslation("assessment.overall-risk", getTranslation(Labels.keyOf(latest.overallRisk()))));
		this.genderRisk.setText(getTranslation("assessment.gender-risk",
				latest.genderRelatedRisk().map(answer -> AssessmentLabels.answer(this, answer)).orElse("")));
		this.genderRisk.setVisible(latest.genderRelatedRisk().isPresent());
		this.comparison.setItems(rows);
		this.chart.setAccessibleLabel(getTranslation("assessment.chart.label",
				UserLocale.date(baseline.administeredOn()), UserLocale.date(latest.administeredOn())));
		this.chart.show(option(rows));
		for (var component : List.of(this.latest, this.overallRisk, this.chart, this.comparison)) {
			component.setVisible(true);
		}
	}

	private Map<String, Object> option(List<Row> rows) {
		Map<String, Object> option = new LinkedHashMap<>();
		option.put("animation", false);
		option.put("legend", Map.of("top", 0));
		option.put("grid", Map.of("left", 8, "right", 8, "bottom", 8, "top", 32, "containLabel", true));
		option.put("xAxis", Map.of("type", "value", "min", 0, "max", 4, "interval", 1));
		option.put("yAxis",
				Map.of("type", "category", "inverse", true, "data", rows.stream().map(Row::domain).toList()));
		option.put("series", List.of(
				series(getTranslation("assessment.column.baseline"), rows.stream().map(Row::baselineScore).toList()),
				series(getTranslation("assessment.column.latest"), rows.stream().map(Row::latestScore).toList())));
		return option;
	}

	private static Map<String, Object> series(String name, List<Integer> scores) {
		return Map.of("name", name, "type", "bar", "data", scores);
	}

	private List<Administration> outcomes() {
		return this.administrations.stream()
			.filter(administration -> administration.instrument()
				.code()
				.equals(InstrumentVersion.REINTEGRATION_OUTCOMES))
			.toList();
	}

	private static Administration latestOf(List<Administration> outcomes) {
		return outcomes.isEmpty() ? null : outcomes.getLast();
	}

	private void showNothing() {
		this.comparison.setItems(List.of());
		this.none.setVisible(true);
		for (var component : List.of(this.latest, this.overallRisk, this.genderRisk, this.chart, this.comparison)) {
			component.setVisible(false);
		}
	}

	/** One domain, baseline against latest, as read and as charted. */
	record Row(String item, String domain, String baseline, String latest, Integer baselineScore, Integer latestScore) {
	}

}
