package org.haven.reporting.ui;

import java.text.NumberFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Component;
import org.haven.assessment.Instrument;
import org.haven.assessment.Instruments;
import org.haven.assistance.ServiceStatus;
import org.haven.casefile.Closure;
import org.haven.casefile.NonPunishment;
import org.haven.partner.OrganisationType;
import org.haven.person.AgeBand;
import org.haven.person.Gender;
import org.haven.person.VulnerabilityFactor;
import org.haven.person.ui.Labels;
import org.haven.reference.ReferenceData;
import org.haven.reference.ReferenceItem;
import org.haven.reference.ReferenceList;
import org.haven.referral.ReferralStatus;
import org.haven.reporting.Cell;
import org.haven.reporting.ControlledTable;
import org.haven.reporting.ReportKind;
import org.haven.reporting.Reports;
import org.haven.shared.LanguageTags;
import org.haven.ui.UserLocale;

/**
 * How a report reads: its name, its characteristics and their values in the user's
 * language (coded lists by their labels, assessment domains by the instrument's), and
 * each figure as a number in the user's way of writing numbers, or "hidden".
 */
final class ReportLabels {

	private final Component translator;

	private final ReferenceData reference;

	private final Instruments instruments;

	private final Map<ReferenceList, Map<String, String>> lists = new HashMap<>();

	private Map<String, String> domains;

	ReportLabels(Component translator, ReferenceData reference, Instruments instruments) {
		this.translator = translator;
		this.reference = reference;
		this.instruments = instruments;
	}

	String title(ReportKind kind) {
		return this.translator.getTranslation("report." + Labels.kebab(kind.name()) + ".title");
	}

	String intro(ReportKind kind) {
		return this.translator.getTranslation("report." + Labels.kebab(kind.name()) + ".intro");
	}

	String characteristic(String by) {
		return this.translator.getTranslation("report.by." + Labels.kebab(by.replace(' ', '_')));
	}

	/**
	 * A table's heading: its two characteristics, and the value the second one is of
	 * where it is of one (sex by change in the domain Safety).
	 */
	String tableTitle(ControlledTable table) {
		String rowsBy = characteristic(table.rowsBy());
		return table.columnsOf()
			.map(of -> this.translator.getTranslation("report.table.title-of", rowsBy,
					characteristic(table.columnsBy()), value(of.by(), of.value())))
			.orElseGet(() -> this.translator.getTranslation("report.table.title", rowsBy,
					characteristic(table.columnsBy())));
	}

	String value(String by, String code) {
		if (Reports.NOT_RECORDED.equals(code)) {
			return this.translator.getTranslation("report.not-recorded");
		}
		return switch (by) {
			case "sex" -> Labels.of(this.translator, Gender.valueOf(code));
			case "age band" -> Labels.of(this.translator, AgeBand.valueOf(code));
			case "nationality" -> Labels.country(this.translator, code);
			case "form of exploitation" -> reference(ReferenceList.EXPLOITATION_FORMS, code);
			case "means of control" -> reference(ReferenceList.CONTROL_MEANS, code);
			case "online recruitment channel", "other recruitment channel" ->
				reference(ReferenceList.RECRUITMENT_CHANNELS, code);
			case "sector" -> reference(ReferenceList.SECTORS, code);
			case "service type" -> reference(ReferenceList.SERVICE_TYPES, code);
			case "vulnerability factor" -> Labels.of(this.translator, VulnerabilityFactor.valueOf(code));
			case "compelled offence" -> Labels.of(this.translator, NonPunishment.Offence.valueOf(code));
			case "proceeding" -> Labels.of(this.translator, NonPunishment.Proceeding.valueOf(code));
			case "legal support" -> Labels.of(this.translator, NonPunishment.LegalSupport.valueOf(code));
			case "non-punishment outcome" -> Labels.of(this.translator, NonPunishment.Outcome.valueOf(code));
			case "closure outcome" -> Labels.of(this.translator, Closure.Outcome.valueOf(code));
			case "service status" -> Labels.of(this.translator, ServiceStatus.valueOf(code));
			case "partner type" -> Labels.of(this.translator, OrganisationType.valueOf(code));
			case "referral status" -> Labels.of(this.translator, ReferralStatus.valueOf(code));
			case "domain" -> domain(code);
			case "year of intake" -> code;
			default -> this.translator.getTranslation("report.value." + Labels.kebab(code));
		};
	}

	String figure(Cell cell) {
		return switch (cell) {
			case Cell.Shown shown -> NumberFormat.getIntegerInstance(UserLocale.current()).format(shown.count());
			case Cell.Suppressed _ -> hidden();
		};
	}

	String hidden() {
		return this.translator.getTranslation("report.hidden");
	}

	String total() {
		return this.translator.getTranslation("report.total");
	}

	private String reference(ReferenceList list, String code) {
		return this.lists.computeIfAbsent(list, this::labelsOf).getOrDefault(code, code);
	}

	private Map<String, String> labelsOf(ReferenceList list) {
		Locale locale = UserLocale.current();
		Map<String, String> labels = new HashMap<>();
		for (ReferenceItem item : this.reference.all(list)) {
			labels.put(item.code(), item.label(locale));
		}
		return labels;
	}

	private String domain(String code) {
		if (this.domains == null) {
			String language = LanguageTags.of(UserLocale.current());
			this.domains = new HashMap<>();
			for (Instrument instrument : this.instruments.published()) {
				instrument.items().forEach(item -> this.domains.putIfAbsent(item.code(), item.label(language)));
			}
		}
		return this.domains.getOrDefault(code, code);
	}

}
