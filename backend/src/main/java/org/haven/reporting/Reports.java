package org.haven.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseFacts;
import org.haven.casefile.CaseStatistics;
import org.haven.consent.ConsentCheck;
import org.haven.consent.ConsentPurpose;
import org.haven.organisation.ReportScopes;
import org.haven.person.AgeBand;
import org.haven.person.Gender;
import org.haven.person.PersonCode;
import org.haven.person.PersonService;
import org.haven.person.PersonSummary;
import org.haven.person.Profile;
import org.haven.shared.ReportProduced;
import org.haven.shared.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The anonymised reports, for supervisors: persons, not cases, are counted, each once,
 * and only persons whose consent to anonymised statistics is live today on a case open in
 * the period, of the teams in the reader's report scope ({@link ReportScopes}). Every
 * table passes through {@link DisclosureControl}; every report read or exported is in the
 * audit trail.
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.SUPERVISOR + "')")
public class Reports {

	/** A row or column for persons of whom the characteristic is not recorded. */
	public static final String NOT_RECORDED = "NOT_RECORDED";

	private final CaseStatistics cases;

	private final PersonService persons;

	private final ConsentCheck consent;

	private final DisclosureControl control;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final ReportScopes scopes;

	Reports(CaseStatistics cases, PersonService persons, ConsentCheck consent, DisclosureControl control, Clock clock,
			ApplicationEventPublisher events, ReportScopes scopes) {
		this.scopes = scopes;
		this.cases = cases;
		this.persons = persons;
		this.consent = consent;
		this.control = control;
		this.clock = clock;
		this.events = events;
	}

	/** The report as a screen inside the organisation shows it. */
	public Report read(ReportKind kind, ReportPeriod period) {
		return produce(kind, period, this.control.screenK(), false);
	}

	/** The report as it may leave the organisation, under the export's k. */
	public Report export(ReportKind kind, ReportPeriod period) {
		return produce(kind, period, this.control.exportK(), true);
	}

	private Report produce(ReportKind kind, ReportPeriod period, int k, boolean exported) {
		List<Profile> counted = consentingPersons(period);
		List<CountTable> tables = switch (kind) {
			case PERSONS_ASSISTED -> personsAssisted(counted);
		};
		this.events.publishEvent(new ReportProduced(kind.name(), period.from(), period.to(), k, exported));
		return new Report(kind, period, k, this.control.controlled(tables, k));
	}

	/**
	 * The profiles of the persons with a case open in the period and live consent to
	 * anonymised statistics on one of them, each person once.
	 */
	private List<Profile> consentingPersons(ReportPeriod period) {
		ZoneId zone = this.clock.getZone();
		Instant from = period.from().atStartOfDay(zone).toInstant();
		Instant until = period.to().plusDays(1).atStartOfDay(zone).toInstant();
		List<CaseFacts> open = this.cases.openBetween(from, until, this.scopes.teamsOfSignedInUser());
		Map<UUID, CaseCode> codes = new HashMap<>();
		open.forEach(facts -> codes.put(facts.id(), facts.code()));
		Set<UUID> consenting = this.consent.liveAmong(codes, ConsentPurpose.ANONYMISED_STATISTICS);
		List<PersonCode> persons = open.stream()
			.filter(facts -> consenting.contains(facts.id()))
			.map(CaseFacts::person)
			.distinct()
			.toList();
		Map<PersonCode, PersonSummary> summaries = this.persons.summaries(persons);
		return persons.stream()
			.map(summaries::get)
			.filter(summary -> summary != null)
			.map(PersonSummary::profile)
			.toList();
	}

	private static List<CountTable> personsAssisted(List<Profile> profiles) {
		List<String> sexes = codes(Gender.values());
		List<String> ageBands = codes(AgeBand.values());
		long[][] bySexAndAge = new long[sexes.size()][ageBands.size()];
		Set<String> nationalities = new TreeSet<>();
		profiles.forEach(profile -> nationalities.add(orNotRecorded(profile.nationality())));
		List<String> nationalityRows = new ArrayList<>(nationalities);
		nationalityRows.remove(NOT_RECORDED);
		if (nationalities.contains(NOT_RECORDED)) {
			nationalityRows.add(NOT_RECORDED);
		}
		long[][] byNationalityAndSex = new long[Math.max(1, nationalityRows.size())][sexes.size()];
		for (Profile profile : profiles) {
			int sex = sexes.indexOf(profile.gender() == null ? NOT_RECORDED : profile.gender().name());
			int age = ageBands.indexOf(profile.ageBand() == null ? NOT_RECORDED : profile.ageBand().name());
			bySexAndAge[sex][age]++;
			byNationalityAndSex[nationalityRows.indexOf(orNotRecorded(profile.nationality()))][sex]++;
		}
		if (nationalityRows.isEmpty()) {
			nationalityRows.add(NOT_RECORDED);
		}
		return List.of(new CountTable("sex", sexes, "age band", ageBands, bySexAndAge),
				new CountTable("nationality", nationalityRows, "sex", sexes, byNationalityAndSex));
	}

	private static String orNotRecorded(String code) {
		return code == null || code.isBlank() ? NOT_RECORDED : code;
	}

	private static List<String> codes(Enum<?>[] values) {
		return Stream.concat(Arrays.stream(values).map(Enum::name), Stream.of(NOT_RECORDED)).toList();
	}

}
