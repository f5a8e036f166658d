package org.haven.assessment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.haven.assistance.CarePlanCoverage;
import org.haven.casefile.ClosureConcern;
import org.haven.casefile.ClosureReadiness;
import org.haven.casefile.WorkedCase;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the closure gate what the case's reintegration outcomes leave open
 * ({@link ClosureConcerns}): scores and codes only.
 */
@Component
class ClosureReadinessOfAssessments implements ClosureReadiness {

	private final AdministrationEntries administrations;

	private final AnswerEntries answers;

	private final InstrumentCatalogue catalogue;

	private final CarePlanCoverage coverage;

	ClosureReadinessOfAssessments(AdministrationEntries administrations, AnswerEntries answers,
			InstrumentCatalogue catalogue, CarePlanCoverage coverage) {
		this.administrations = administrations;
		this.answers = answers;
		this.catalogue = catalogue;
		this.coverage = coverage;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ClosureConcern> concernsOf(WorkedCase worked) {
		List<AdministrationEntry> outcomes = this.administrations
			.findByCaseIdOrderByAdministeredOnAscRecordedAtAsc(worked.id())
			.stream()
			.filter(entry -> entry.instrument().code().equals(InstrumentVersion.REINTEGRATION_OUTCOMES))
			.toList();
		if (outcomes.isEmpty()) {
			return ClosureConcerns.of(List.of(), Map.of(), Set.of());
		}
		Map<UUID, Map<String, Integer>> scores = new HashMap<>();
		this.answers.findByAdministrationIdIn(outcomes.stream().map(AdministrationEntry::id).toList())
			.stream()
			.filter(answer -> answer.score() != null)
			.forEach(answer -> scores.computeIfAbsent(answer.administrationId(), id -> new HashMap<>())
				.put(answer.itemCode(), answer.score()));
		Map<InstrumentVersion, Map<String, List<String>>> needs = new HashMap<>();
		for (AdministrationEntry entry : outcomes) {
			needs.computeIfAbsent(entry.instrument(),
					version -> this.catalogue.version(version)
						.map(instrument -> instrument.items()
							.stream()
							.collect(Collectors.toMap(Instrument.Item::code, Instrument.Item::needs)))
						.orElse(Map.of()));
		}
		AdministrationEntry baseline = outcomes.stream()
			.filter(entry -> entry.kind() == AdministrationKind.BASELINE)
			.findFirst()
			.orElse(null);
		return ClosureConcerns.of(
				outcomes.stream()
					.map(entry -> new ClosureConcerns.Scored(entry.kind(), entry.instrument(),
							scores.getOrDefault(entry.id(), Map.of())))
					.toList(),
				baseline == null ? Map.of() : needs.getOrDefault(baseline.instrument(), Map.of()),
				this.coverage.needsWithGoals(worked.id()));
	}

}
