package org.haven.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.haven.casefile.Answer;

/**
 * The research export's file: a ZIP holding {@value #DATA} (one row per person, columns
 * of the CTDC 2018 global dataset) and {@value #COVER} (the format, the period, the k
 * achieved, what was generalised and left out, and each column's source in Haven). Codes
 * only: no identity, no free text, no case or person code. Values: 1 and 0 for flags, -99
 * where Haven holds no answer, * where generalisation left the value out.
 */
final class CtdcFile {

	static final String DATA = "ctdc-export.csv";

	static final String COVER = "cover-sheet.csv";

	static final String MISSING = ResearchRecord.MISSING;

	static final String LEFT_OUT = ResearchRecord.LEFT_OUT;

	private static final Map<String, String> MEANS_OF_CONTROL = Map.ofEntries(Map.entry("DebtBondage", "DEBT_BONDAGE"),
			Map.entry("TakesEarnings", "TAKES_EARNINGS"),
			Map.entry("RestrictsFinancialAccess", "RESTRICTS_FINANCIAL_ACCESS"),
			Map.entry("Threats", "THREATS THREATS_TO_FAMILY"), Map.entry("PsychologicalAbuse", "PSYCHOLOGICAL_ABUSE"),
			Map.entry("PhysicalAbuse", "PHYSICAL_ABUSE"), Map.entry("SexualAbuse", "SEXUAL_ABUSE"),
			Map.entry("FalsePromises", "FALSE_PROMISES"),
			Map.entry("PsychoactiveSubstances", "PSYCHOACTIVE_SUBSTANCES"),
			Map.entry("RestrictsMovement", "RESTRICTS_MOVEMENT"),
			Map.entry("RestrictsMedicalCare", "RESTRICTS_MEDICAL_CARE"),
			Map.entry("ExcessiveWorkingHours", "EXCESSIVE_WORKING_HOURS"), Map.entry("UsesChildren", "USES_CHILDREN"),
			Map.entry("ThreatOfLawEnforcement", "THREAT_OF_LAW_ENFORCEMENT"),
			Map.entry("WithholdsNecessities", "WITHHOLDS_NECESSITIES"),
			Map.entry("WithholdsDocuments", "WITHHOLDS_DOCUMENTS"));

	private static final List<String> MEANS_ORDER = List.of("DebtBondage", "TakesEarnings", "RestrictsFinancialAccess",
			"Threats", "PsychologicalAbuse", "PhysicalAbuse", "SexualAbuse", "FalsePromises", "PsychoactiveSubstances",
			"RestrictsMovement", "RestrictsMedicalCare", "ExcessiveWorkingHours", "UsesChildren",
			"ThreatOfLawEnforcement", "WithholdsNecessities", "WithholdsDocuments");

	private static final Map<String, String> LABOUR = Map.ofEntries(Map.entry("Agriculture", "AGRICULTURE"),
			Map.entry("Aquafarming", "FISHING"), Map.entry("Begging", "BEGGING"),
			Map.entry("Construction", "CONSTRUCTION"), Map.entry("DomesticWork", "DOMESTIC_WORK"),
			Map.entry("Hospitality", "HOSPITALITY"), Map.entry("IllicitActivities", "ONLINE_SCAM_OPERATIONS"),
			Map.entry("Manufacturing", "MANUFACTURING"), Map.entry("MiningOrDrilling", "MINING"),
			Map.entry("Transportation", "TRANSPORT"));

	private static final List<String> LABOUR_ORDER = List.of("Agriculture", "Aquafarming", "Begging", "Construction",
			"DomesticWork", "Hospitality", "IllicitActivities", "Manufacturing", "MiningOrDrilling", "Peddling",
			"Transportation");

	private static final Set<String> SEX_INDUSTRY = Set.of("SEX_INDUSTRY");

	private static final List<String> TYPES_OF_SEX = List.of("Prostitution", "Pornography", "RemoteInteractiveServices",
			"PrivateSexualServices");

	/** A column: its CTDC name, where its value comes from, and how it reads. */
	record Column(String name, String source, BiFunction<ResearchRecord, Map<QuasiIdentifier, Integer>, String> value) {
	}

	static final List<Column> COLUMNS = columns();

	private CtdcFile() {
	}

	static void write(OutputStream target, CoverSheet cover, List<ResearchRecord> rows, ExportProgress progress)
			throws IOException {
		ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
		Writer text = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
		zip.putNextEntry(new ZipEntry(DATA));
		line(text, COLUMNS.stream().map(Column::name).toList());
		for (int index = 0; index < rows.size(); index++) {
			if (index % 100 == 0) {
				progress.advance(60 + 40 * index / Math.max(1, rows.size()));
			}
			ResearchRecord row = rows.get(index);
			line(text, COLUMNS.stream().map(column -> column.value().apply(row, cover.levels())).toList());
		}
		text.flush();
		zip.closeEntry();
		zip.putNextEntry(new ZipEntry(COVER));
		writeCover(text, cover);
		text.flush();
		zip.closeEntry();
		zip.finish();
		zip.flush();
	}

	private static void writeCover(Writer text, CoverSheet cover) throws IOException {
		line(text, List.of("field", "value"));
		line(text, List.of("format", cover.format()));
		line(text, List.of("period from", cover.period().from().toString()));
		line(text, List.of("period to", cover.period().to().toString()));
		line(text, List.of("persons with research consent", Integer.toString(cover.consenting())));
		line(text, List.of("persons in this export", Integer.toString(cover.released())));
		line(text, List.of("persons left out (in a group smaller than k)", Integer.toString(cover.leftOut())));
		line(text, List.of("k required", Integer.toString(cover.requiredK())));
		line(text, List.of("k achieved (smallest group)", Integer.toString(cover.achievedK())));
		line(text,
				List.of("quasi-identifiers",
						"gender, ageBroad and majorityStatus, citizenship, CountryOfExploitation, yearOfRegistration, "
								+ "isForcedLabour and isSexualExploit and isOtherExploit"));
		for (QuasiIdentifier identifier : QuasiIdentifier.values()) {
			line(text, List.of("generalisation of " + identifier.name(), level(identifier, cover.level(identifier))));
		}
		line(text, List.of("values", "1 yes, 0 no, -99 not recorded, * left out by generalisation"));
		line(text, List.of());
		line(text, List.of("column", "source in Haven"));
		for (Column column : COLUMNS) {
			line(text, List.of(column.name(), column.source()));
		}
	}

	static String level(QuasiIdentifier identifier, int level) {
		if (level == identifier.leftOut()) {
			return "left out";
		}
		return switch (identifier) {
			case GENDER -> "as recorded";
			case AGE -> level == 0 ? "CTDC age band" : "minor or adult only";
			case CITIZENSHIP, COUNTRY_OF_EXPLOITATION ->
				level == 0 ? "ISO 3166 country" : level == 1 ? "UN M49 sub-region" : "UN M49 region";
			case YEAR_OF_REGISTRATION -> level == 0 ? "year" : "span of five years";
			case FORM_OF_EXPLOITATION -> "as recorded";
		};
	}

	private static List<Column> columns() {
		List<Column> columns = new ArrayList<>();
		columns.add(new Column("yearOfRegistration", "the year the case was opened", (row, levels) -> row
			.value(QuasiIdentifier.YEAR_OF_REGISTRATION, levels.get(QuasiIdentifier.YEAR_OF_REGISTRATION))));
		columns.add(new Column("Datasource", "always Case Management", (row, levels) -> "Case Management"));
		columns.add(new Column("gender", "the person's profile: gender",
				(row, levels) -> row.value(QuasiIdentifier.GENDER, levels.get(QuasiIdentifier.GENDER))));
		columns.add(new Column("ageBroad", "the person's profile: age band",
				(row, levels) -> levels.get(QuasiIdentifier.AGE) == 0 ? row.ageBroad() : LEFT_OUT));
		columns.add(new Column("majorityStatus", "the person's profile: age band",
				(row, levels) -> levels.get(QuasiIdentifier.AGE) < QuasiIdentifier.AGE.leftOut() ? row.majorityStatus()
						: LEFT_OUT));
		columns.add(new Column("citizenship", "the person's profile: nationality",
				(row, levels) -> row.value(QuasiIdentifier.CITIZENSHIP, levels.get(QuasiIdentifier.CITIZENSHIP))));
		columns.add(new Column("CountryOfExploitation", "the case's situation: countries of exploitation",
				(row, levels) -> row.value(QuasiIdentifier.COUNTRY_OF_EXPLOITATION,
						levels.get(QuasiIdentifier.COUNTRY_OF_EXPLOITATION))));
		for (String means : MEANS_ORDER) {
			Set<String> codes = Set.of(MEANS_OF_CONTROL.get(means).split(" "));
			columns.add(new Column("meansOfControl" + means, "the case's situation: means of control " + codes,
					(row, levels) -> ResearchRecord.flag(row.controlMeans(), codes::contains)));
		}
		Set<String> named = Set
			.copyOf(MEANS_OF_CONTROL.values().stream().flatMap(v -> Set.of(v.split(" ")).stream()).toList());
		columns.add(new Column("meansOfControlOther", "the case's situation: any other means of control",
				(row, levels) -> ResearchRecord.flag(row.controlMeans(), code -> !named.contains(code))));
		columns.add(new Column("meansOfControlNotSpecified", "the case's situation: means of control not answered",
				(row, levels) -> notSpecified(row.controlMeans())));
		columns.add(exploitation("isForcedLabour",
				"the case's situation: forms of exploitation " + ResearchRecord.FORCED_LABOUR,
				ResearchRecord::isForcedLabour));
		columns.add(exploitation("isSexualExploit",
				"the case's situation: forms of exploitation " + ResearchRecord.SEXUAL_EXPLOITATION,
				ResearchRecord::isSexualExploit));
		columns.add(exploitation("isOtherExploit", "the case's situation: any other form of exploitation",
				ResearchRecord::isOtherExploit));
		for (String labour : LABOUR_ORDER) {
			String code = LABOUR.get(labour);
			columns.add(labour("typeOfLabour" + labour,
					code == null ? "not recorded by Haven" : "the case's situation: sector " + code,
					row -> code == null ? MISSING : ResearchRecord.flag(row.sectors(), code::equals)));
		}
		columns.add(labour("typeOfLabourOther", "the case's situation: any other sector but the sex industry",
				row -> ResearchRecord.flag(row.sectors(),
						code -> !LABOUR.containsValue(code) && !SEX_INDUSTRY.contains(code))));
		columns.add(labour("typeOfLabourNotSpecified", "the case's situation: sectors not answered",
				row -> notSpecified(row.sectors())));
		for (String type : TYPES_OF_SEX) {
			columns.add(exploitation("typeOfSex" + type, "not recorded by Haven", row -> MISSING));
		}
		columns.add(new Column("RecruiterRelationship",
				"the case's situation: recruitment channels INTIMATE_PARTNER, FAMILY_OR_ACQUAINTANCE",
				(row, levels) -> recruiterRelationship(row.recruitmentChannels())));
		columns.add(new Column("recruiterRelationIntimatePartner",
				"the case's situation: recruitment channel INTIMATE_PARTNER",
				(row, levels) -> ResearchRecord.flag(row.recruitmentChannels(), "INTIMATE_PARTNER"::equals)));
		columns.add(new Column("recruiterRelationFamilyOrFriend",
				"Haven's own column: recruitment channel FAMILY_OR_ACQUAINTANCE, which Haven does not split",
				(row, levels) -> ResearchRecord.flag(row.recruitmentChannels(), "FAMILY_OR_ACQUAINTANCE"::equals)));
		for (String relation : List.of("Friend", "Family", "Other")) {
			columns.add(new Column("recruiterRelation" + relation, "not recorded by Haven", (row, levels) -> MISSING));
		}
		columns.add(new Column("recruiterRelationUnknown", "the case's situation: recruitment channels unknown",
				(row, levels) -> switch (row.recruitmentChannels().state()) {
					case UNKNOWN -> "1";
					case ANSWERED -> "0";
					default -> MISSING;
				}));
		return List.copyOf(columns);
	}

	/** A column that shows the form of exploitation: left out with it. */
	private static Column exploitation(String name, String source,
			java.util.function.Function<ResearchRecord, String> value) {
		return new Column(name, source,
				(row, levels) -> levels.get(QuasiIdentifier.FORM_OF_EXPLOITATION) == 0 ? value.apply(row) : LEFT_OUT);
	}

	/**
	 * A type of labour says forced labour: left out with the form of exploitation, and
	 * only for persons in forced labour.
	 */
	private static Column labour(String name, String source,
			java.util.function.Function<ResearchRecord, String> value) {
		return exploitation(name, source + "; only for forced labour",
				row -> "1".equals(row.isForcedLabour()) ? value.apply(row) : MISSING);
	}

	private static String notSpecified(Answer answer) {
		return answer.state() == Answer.State.ANSWERED && !answer.codes().isEmpty() ? "0" : "1";
	}

	private static String recruiterRelationship(Answer channels) {
		if (channels.state() == Answer.State.UNKNOWN) {
			return "Unknown";
		}
		List<String> relations = new ArrayList<>();
		if ("1".equals(ResearchRecord.flag(channels, "INTIMATE_PARTNER"::equals))) {
			relations.add("IntimatePartner");
		}
		if ("1".equals(ResearchRecord.flag(channels, "FAMILY_OR_ACQUAINTANCE"::equals))) {
			relations.add("FamilyOrFriend");
		}
		return relations.isEmpty() ? MISSING : String.join(";", relations);
	}

	/** RFC 4180: a value with a comma, a quote or a line break is quoted. */
	private static void line(Writer text, List<String> values) throws IOException {
		for (int index = 0; index < values.size(); index++) {
			if (index > 0) {
				text.write(',');
			}
			String value = values.get(index);
			boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
			text.write(quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value);
		}
		text.write("\r\n");
	}

}
