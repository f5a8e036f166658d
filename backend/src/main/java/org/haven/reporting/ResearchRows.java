package org.haven.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseStatistics;
import org.haven.casefile.RegisteredCase;
import org.haven.casefile.Situation;
import org.haven.consent.ConsentCheck;
import org.haven.consent.ConsentPurpose;
import org.haven.person.PersonCode;
import org.haven.person.PersonService;
import org.haven.person.PersonSummary;
import org.haven.person.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The persons of the research export: those with a case registered in the period whose
 * consent to the de-identified research export is live today, each once (their first such
 * case), erased persons never. Codes only leave here.
 */
@Component
class ResearchRows {

	private final CaseStatistics cases;

	private final PersonService persons;

	private final ConsentCheck consent;

	private final Clock clock;

	ResearchRows(CaseStatistics cases, PersonService persons, ConsentCheck consent, Clock clock) {
		this.cases = cases;
		this.persons = persons;
		this.consent = consent;
		this.clock = clock;
	}

	@Transactional
	List<ResearchRecord> of(ReportPeriod period) {
		ZoneId zone = this.clock.getZone();
		Instant from = period.from().atStartOfDay(zone).toInstant();
		Instant until = period.to().plusDays(1).atStartOfDay(zone).toInstant();
		List<RegisteredCase> registered = new ArrayList<>(this.cases.registeredBetween(from, until));
		registered.sort(Comparator.comparing(RegisteredCase::openedAt));
		Map<UUID, CaseCode> codes = new HashMap<>();
		registered.forEach(registration -> codes.put(registration.id(), registration.code()));
		Set<UUID> consenting = this.consent.liveAmong(codes, ConsentPurpose.RESEARCH_DEIDENTIFIED_EXPORT);
		Map<PersonCode, RegisteredCase> first = new LinkedHashMap<>();
		registered.stream()
			.filter(registration -> consenting.contains(registration.id()))
			.forEach(registration -> first.putIfAbsent(registration.person(), registration));
		Map<PersonCode, PersonSummary> summaries = this.persons.summaries(first.keySet());
		List<ResearchRecord> records = new ArrayList<>();
		first.forEach((person, registration) -> {
			PersonSummary summary = summaries.get(person);
			if (summary != null && !summary.erased()) {
				records.add(record(summary.profile(), registration, zone));
			}
		});
		return records;
	}

	private static ResearchRecord record(Profile profile, RegisteredCase registration, ZoneId zone) {
		Situation situation = registration.situation();
		return new ResearchRecord(profile.gender(), profile.ageBand(), profile.nationality(),
				registration.openedAt().atZone(zone).getYear(), situation.exploitationForms(),
				situation.countriesOfExploitation(), situation.controlMeans(), situation.sectors(),
				situation.recruitmentChannels());
	}

}
