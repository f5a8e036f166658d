package org.haven.reporting;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.haven.assessment.AssessmentPairs;
import org.haven.assessment.Instrument;
import org.haven.assessment.InstrumentKind;
import org.haven.assessment.Instruments;
import org.haven.assessment.VersionPairs;
import org.haven.assistance.ServiceStatistics;
import org.haven.assistance.ServiceStatus;
import org.haven.casefile.CaseFacts;
import org.haven.casefile.Closure;
import org.haven.casefile.NonPunishment;
import org.haven.partner.OrganisationType;
import org.haven.person.AgeBand;
import org.haven.person.Gender;
import org.haven.person.PersonCode;
import org.haven.person.Profile;
import org.haven.person.VulnerabilityFactor;
import org.haven.reference.ReferenceData;
import org.haven.reference.ReferenceItem;
import org.haven.reference.ReferenceList;
import org.haven.referral.ReferralStatistics;
import org.haven.referral.ReferralStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The count tables of each report, from the persons counted and nothing else: the coded
 * facts of their cases, their profiles, and codes and statuses of their services,
 * referrals and assessments. Counts only; disclosure control comes after.
 */
@Component
class ReportTables {

	static final String SEX = "sex";

	static final String AGE_BAND = "age band";

	static final String NATIONALITY = "nationality";

	static final String FORM_OF_EXPLOITATION = "form of exploitation";

	static final String MEANS_OF_CONTROL = "means of control";

	static final String CONTROL = "control";

	static final String ONLINE_CHANNEL = "online recruitment channel";

	static final String OTHER_CHANNEL = "other recruitment channel";

	static final String RECRUITMENT = "recruitment";

	static final String SECTOR = "sector";

	static final String VULNERABILITY_FACTOR = "vulnerability factor";

	static final String OFFENCE = "compelled offence";

	static final String PROCEEDING = "proceeding";

	static final String LEGAL_SUPPORT = "legal support";

	static final String NON_PUNISHMENT_OUTCOME = "non-punishment outcome";

	static final String SERVICE_TYPE = "service type";

	static final String SERVICE_STATUS = "service status";

	static final String PARTNER_TYPE = "partner type";

	static final String REFERRAL_STATUS = "referral status";

	static final String CASE_MOVEMENT = "case movement";

	static final String CLOSURE_OUTCOME = "closure outcome";

	static final String TIME_TO_CLOSURE = "time to closure";

	static final String DOMAIN = "domain";

	static final String CHANGE = "change";

	static final String OVERALL_CHANGE = "overall change";

	static final String YEAR_OF_INTAKE = "year of intake";

	/** Persons controlled, or recruited, through at least one item marked online. */
	static final String ONLINE = "ONLINE";

	/** Persons controlled, or recruited, only through items not marked online. */
	static final String OFFLINE_ONLY = "OFFLINE_ONLY";

	static final List<String> MOVEMENTS = List.of("OPENED", "CLOSED", "OPEN_AT_END");

	static final List<String> CLOSURE_TIMES = List.of("UNDER_3_MONTHS", "MONTHS_3_TO_6", "MONTHS_6_TO_12",
			"YEARS_1_TO_2", "OVER_2_YEARS");

	static final List<String> CHANGES = List.of("IMPROVED", "UNCHANGED", "WORSENED");

	private static final List<String> SEXES = codes(Gender.values());

	private final ReferenceData reference;

	private final ServiceStatistics services;

	private final ReferralStatistics referrals;

	private final Instruments instruments;

	private final AssessmentPairs pairs;

	ReportTables(ReferenceData reference, ServiceStatistics services, ReferralStatistics referrals,
			Instruments instruments, AssessmentPairs pairs) {
		this.reference = reference;
		this.services = services;
		this.referrals = referrals;
		this.instruments = instruments;
		this.pairs = pairs;
	}

	List<CountTable> of(ReportKind kind, CountedPersons counted) {
		return switch (kind) {
			case PERSONS_ASSISTED -> personsAssisted(counted.profiles());
			case EXPLOITATION -> exploitation(counted);
			case MEANS_OF_CONTROL -> meansOfControl(counted);
			case RECRUITMENT -> recruitment(counted);
			case SECTORS -> List.of(bySex(counted, SECTOR, codesOf(ReferenceList.SECTORS), CaseFacts::sectors));
			case VULNERABILITY -> List.of(vulnerability(counted));
			case NON_PUNISHMENT -> nonPunishment(counted);
			case SERVICES -> List.of(services(counted));
			case REFERRALS -> List.of(referrals(counted));
			case CASE_FLOW -> caseFlow(counted);
			case BASELINE_TO_ENDLINE -> baselineToEndline(counted);
		};
	}

	private static List<CountTable> personsAssisted(List<Profile> profiles) {
		Tally bySexAndAge = new Tally(SEX, SEXES, AGE_BAND, codes(AgeBand.values()));
		Set<String> nationalities = new TreeSet<>();
		profiles.forEach(profile -> nationalities.add(orNotRecorded(profile.nationality())));
		Tally byNationality = new Tally(NATIONALITY, List.copyOf(nationalities), SEX, SEXES);
		for (Profile profile : profiles) {
			bySexAndAge.count(sex(profile), code(profile.ageBand()));
			byNationality.count(orNotRecorded(profile.nationality()), sex(profile));
		}
		return List.of(bySexAndAge.table(), byNationality.table());
	}

	private List<CountTable> exploitation(CountedPersons counted) {
		List<String> forms = codesOf(ReferenceList.EXPLOITATION_FORMS);
		Tally bySex = new Tally(FORM_OF_EXPLOITATION, forms, SEX, SEXES);
		Tally byAge = new Tally(FORM_OF_EXPLOITATION, forms, AGE_BAND, codes(AgeBand.values()));
		for (CountedPersons.Person person : counted.persons()) {
			for (String form : held(person, CaseFacts::exploitationForms)) {
				bySex.count(form, sex(person.profile()));
				byAge.count(form, code(person.profile().ageBand()));
			}
		}
		return List.of(bySex.table(), byAge.table());
	}

	private List<CountTable> meansOfControl(CountedPersons counted) {
		return List.of(bySex(counted, MEANS_OF_CONTROL, codesOf(ReferenceList.CONTROL_MEANS), CaseFacts::controlMeans),
				onlineApart(counted, CONTROL, ReferenceList.CONTROL_MEANS, CaseFacts::controlMeans));
	}

	private List<CountTable> recruitment(CountedPersons counted) {
		Set<String> online = online(ReferenceList.RECRUITMENT_CHANNELS);
		List<String> channels = this.reference.all(ReferenceList.RECRUITMENT_CHANNELS)
			.stream()
			.map(ReferenceItem::code)
			.toList();
		Tally onlineChannels = new Tally(ONLINE_CHANNEL, channels.stream().filter(online::contains).toList(), SEX,
				SEXES);
		Tally otherChannels = new Tally(OTHER_CHANNEL,
				channels.stream().filter(code -> !online.contains(code)).toList(), SEX, SEXES);
		for (CountedPersons.Person person : counted.persons()) {
			for (String channel : held(person, CaseFacts::recruitmentChannels)) {
				if (channel.equals(Reports.NOT_RECORDED)) {
					continue;
				}
				(online.contains(channel) ? onlineChannels : otherChannels).count(channel, sex(person.profile()));
			}
		}
		return List.of(onlineChannels.table(), otherChannels.table(),
				onlineApart(counted, RECRUITMENT, ReferenceList.RECRUITMENT_CHANNELS, CaseFacts::recruitmentChannels));
	}

	/**
	 * Each person once: through at least one item marked online, only through others, or
	 * nothing recorded.
	 */
	private CountTable onlineApart(CountedPersons counted, String by, ReferenceList list,
			Function<CaseFacts, List<String>> codes) {
		Set<String> online = online(list);
		Tally tally = new Tally(by, List.of(ONLINE, OFFLINE_ONLY, Reports.NOT_RECORDED), SEX, SEXES);
		for (CountedPersons.Person person : counted.persons()) {
			Set<String> held = held(person, codes);
			String row = held.contains(Reports.NOT_RECORDED) ? Reports.NOT_RECORDED
					: held.stream().anyMatch(online::contains) ? ONLINE : OFFLINE_ONLY;
			tally.count(row, sex(person.profile()));
		}
		return tally.table();
	}

	private static CountTable vulnerability(CountedPersons counted) {
		Tally tally = new Tally(VULNERABILITY_FACTOR, codes(VulnerabilityFactor.values()), SEX, SEXES);
		for (CountedPersons.Person person : counted.persons()) {
			Set<VulnerabilityFactor> factors = person.profile().vulnerabilityFactors();
			if (factors.isEmpty()) {
				tally.count(Reports.NOT_RECORDED, sex(person.profile()));
			}
			factors.forEach(factor -> tally.count(factor.name(), sex(person.profile())));
		}
		return tally.table();
	}

	private static List<CountTable> nonPunishment(CountedPersons counted) {
		return List.of(
				bySex(counted, OFFENCE, codes(NonPunishment.Offence.values()),
						facts -> facts.nonPunishment().compelledOffences().codes()),
				bySex(counted, PROCEEDING, codes(NonPunishment.Proceeding.values()),
						facts -> facts.nonPunishment().proceedings().codes()),
				bySex(counted, LEGAL_SUPPORT, codes(NonPunishment.LegalSupport.values()),
						facts -> facts.nonPunishment().legalSupport().codes()),
				bySex(counted, NON_PUNISHMENT_OUTCOME, codes(NonPunishment.Outcome.values()),
						facts -> Optional.ofNullable(facts.nonPunishment().outcome())
							.map(Enum::name)
							.stream()
							.toList()));
	}

	private CountTable services(CountedPersons counted) {
		Map<UUID, PersonCode> personOf = personOfCase(counted);
		Set<List<Object>> seen = new HashSet<>();
		Tally tally = new Tally(SERVICE_TYPE, codesOf(ReferenceList.SERVICE_TYPES), SERVICE_STATUS,
				Arrays.stream(ServiceStatus.values()).map(Enum::name).toList());
		for (ServiceStatistics.ServiceFact service : this.services.servicesOf(counted.caseIds(),
				counted.period().from(), counted.period().to())) {
			if (seen.add(List.of(personOf.get(service.caseId()), service.type(), service.status()))) {
				tally.count(service.type(), service.status().name());
			}
		}
		return tally.table();
	}

	private CountTable referrals(CountedPersons counted) {
		Map<UUID, PersonCode> personOf = personOfCase(counted);
		Set<List<Object>> seen = new HashSet<>();
		Tally tally = new Tally(PARTNER_TYPE, codes(OrganisationType.values()), REFERRAL_STATUS,
				Arrays.stream(ReferralStatus.values())
					.filter(status -> status != ReferralStatus.DRAFT)
					.map(Enum::name)
					.toList());
		for (ReferralStatistics.ReferralFact referral : this.referrals.referralsOf(counted.caseIds(),
				counted.period().from(), counted.period().to())) {
			String type = code(referral.partnerType());
			if (seen.add(List.of(personOf.get(referral.caseId()), type, referral.status()))) {
				tally.count(type, referral.status().name());
			}
		}
		return tally.table();
	}

	private static List<CountTable> caseFlow(CountedPersons counted) {
		Tally movement = new Tally(CASE_MOVEMENT, MOVEMENTS, SEX, SEXES);
		Tally closures = new Tally(CLOSURE_OUTCOME, codes(Closure.Outcome.values()), TIME_TO_CLOSURE, CLOSURE_TIMES);
		for (CountedPersons.Person person : counted.persons()) {
			String sex = sex(person.profile());
			for (CaseFacts facts : person.cases()) {
				if (within(facts.openedAt(), counted)) {
					movement.count("OPENED", sex);
				}
				if (facts.closedAt() != null && within(facts.closedAt(), counted)) {
					movement.count("CLOSED", sex);
					closures.count(code(facts.outcome()),
							timeToClosure(Duration.between(facts.openedAt(), facts.closedAt())));
				}
				if (facts.closedAt() == null || !facts.closedAt().isBefore(counted.until())) {
					movement.count("OPEN_AT_END", sex);
				}
			}
		}
		return List.of(movement.table(), closures.table());
	}

	private static boolean within(Instant at, CountedPersons counted) {
		return !at.isBefore(counted.from()) && at.isBefore(counted.until());
	}

	static String timeToClosure(Duration open) {
		long days = open.toDays();
		if (days < 91) {
			return "UNDER_3_MONTHS";
		}
		if (days < 183) {
			return "MONTHS_3_TO_6";
		}
		if (days < 365) {
			return "MONTHS_6_TO_12";
		}
		return days < 730 ? "YEARS_1_TO_2" : "OVER_2_YEARS";
	}

	/**
	 * For each instrument of domains, its newest version with pairs among the persons
	 * counted: a change per domain, and each person's overall change (the sum of their
	 * domains' changes) by cohort. Versions are never mixed.
	 */
	private List<CountTable> baselineToEndline(CountedPersons counted) {
		Map<PersonCode, CountedPersons.Person> persons = new HashMap<>();
		counted.persons().forEach(person -> persons.put(person.code(), person));
		Map<String, List<Instrument>> byCode = new HashMap<>();
		this.instruments.published()
			.stream()
			.filter(instrument -> instrument.kind() == InstrumentKind.DOMAINS)
			.forEach(instrument -> byCode.computeIfAbsent(instrument.id().code(), code -> new ArrayList<>())
				.add(instrument));
		List<String> years = List
			.copyOf(new TreeSet<>(persons.values().stream().map(ReportTables::yearOfIntake).toList()));
		Tally domains = new Tally(DOMAIN, List.of(), CHANGE, CHANGES);
		Cohorts overall = new Cohorts(OVERALL_CHANGE, null, years);
		Map<String, Cohorts> byDomain = new LinkedHashMap<>();
		for (List<Instrument> versions : byCode.values()) {
			versions.sort(Comparator.comparingInt((Instrument instrument) -> instrument.id().version()).reversed());
			for (Instrument instrument : versions) {
				List<VersionPairs.PersonPair> paired = this.pairs.pairs(instrument.id())
					.pairs()
					.stream()
					.filter(pair -> persons.containsKey(pair.person()))
					.toList();
				if (paired.isEmpty()) {
					continue;
				}
				for (Instrument.Item item : instrument.items()) {
					domains.row(item.code());
					byDomain.computeIfAbsent(item.code(),
							code -> new Cohorts(CHANGE, new CountTable.Of(DOMAIN, code), years));
				}
				for (VersionPairs.PersonPair pair : paired) {
					CountedPersons.Person person = persons.get(pair.person());
					int sum = 0;
					boolean any = false;
					for (Instrument.Item item : instrument.items()) {
						if (pair.scoredAtBoth(item.code())) {
							int change = pair.endline().get(item.code()).score()
									- pair.baseline().get(item.code()).score();
							domains.count(item.code(), direction(change));
							byDomain.get(item.code()).count(person, direction(change));
							sum += change;
							any = true;
						}
					}
					if (any) {
						overall.count(person, direction(sum));
					}
				}
				break;
			}
		}
		List<CountTable> tables = new ArrayList<>();
		tables.add(domains.table());
		tables.addAll(overall.tables());
		byDomain.values().forEach(cohorts -> tables.addAll(cohorts.tables()));
		return tables;
	}

	/**
	 * A change counted by each cohort the baseline-to-endline report compares: sex, age
	 * band, form of exploitation (once per form a person holds), year of intake.
	 */
	private final class Cohorts {

		private final Tally bySex;

		private final Tally byAge;

		private final Tally byForm;

		private final Tally byYear;

		Cohorts(String change, CountTable.@Nullable Of of, List<String> years) {
			this.bySex = new Tally(SEX, SEXES, change, CHANGES, of);
			this.byAge = new Tally(AGE_BAND, codes(AgeBand.values()), change, CHANGES, of);
			this.byForm = new Tally(FORM_OF_EXPLOITATION, codesOf(ReferenceList.EXPLOITATION_FORMS), change, CHANGES,
					of);
			this.byYear = new Tally(YEAR_OF_INTAKE, years, change, CHANGES, of);
		}

		void count(CountedPersons.Person person, String direction) {
			this.bySex.count(sex(person.profile()), direction);
			this.byAge.count(code(person.profile().ageBand()), direction);
			held(person, CaseFacts::exploitationForms).forEach(form -> this.byForm.count(form, direction));
			this.byYear.count(yearOfIntake(person), direction);
		}

		List<CountTable> tables() {
			return List.of(this.bySex.table(), this.byAge.table(), this.byForm.table(), this.byYear.table());
		}

	}

	private static String yearOfIntake(CountedPersons.Person person) {
		return person.cases()
			.stream()
			.map(CaseFacts::openedAt)
			.min(Comparator.naturalOrder())
			.map(at -> String.valueOf(at.atZone(ZoneId.systemDefault()).getYear()))
			.orElse(Reports.NOT_RECORDED);
	}

	private static String direction(int change) {
		return change > 0 ? CHANGES.get(0) : change == 0 ? CHANGES.get(1) : CHANGES.get(2);
	}

	/** Each person once in every row they hold a code of, by sex. */
	private static CountTable bySex(CountedPersons counted, String by, List<String> rows,
			Function<CaseFacts, List<String>> codes) {
		Tally tally = new Tally(by, rows, SEX, SEXES);
		for (CountedPersons.Person person : counted.persons()) {
			held(person, codes).forEach(code -> tally.count(code, sex(person.profile())));
		}
		return tally.table();
	}

	/**
	 * The codes a person holds on any of their cases, each once; "not recorded" where
	 * none holds any.
	 */
	private static Set<String> held(CountedPersons.Person person, Function<CaseFacts, List<String>> codes) {
		Set<String> held = new LinkedHashSet<>();
		person.cases().forEach(facts -> held.addAll(codes.apply(facts)));
		return held.isEmpty() ? Set.of(Reports.NOT_RECORDED) : held;
	}

	private static Map<UUID, PersonCode> personOfCase(CountedPersons counted) {
		Map<UUID, PersonCode> personOf = new HashMap<>();
		counted.persons().forEach(person -> person.cases().forEach(facts -> personOf.put(facts.id(), person.code())));
		return personOf;
	}

	private List<String> codesOf(ReferenceList list) {
		return codes(this.reference.all(list).stream().map(ReferenceItem::code).toList());
	}

	private Set<String> online(ReferenceList list) {
		Set<String> online = new HashSet<>();
		this.reference.all(list).stream().filter(ReferenceItem::online).forEach(item -> online.add(item.code()));
		return online;
	}

	private static String sex(Profile profile) {
		return code(profile.gender());
	}

	private static String code(Enum<?> value) {
		return value == null ? Reports.NOT_RECORDED : value.name();
	}

	private static String orNotRecorded(String code) {
		return code == null || code.isBlank() ? Reports.NOT_RECORDED : code;
	}

	private static List<String> codes(Enum<?>[] values) {
		return Stream.concat(Arrays.stream(values).map(Enum::name), Stream.of(Reports.NOT_RECORDED)).toList();
	}

	static List<String> codes(Collection<String> values) {
		return Stream.concat(values.stream(), Stream.of(Reports.NOT_RECORDED)).toList();
	}

}
