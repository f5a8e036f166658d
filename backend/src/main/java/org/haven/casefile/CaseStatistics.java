package org.haven.casefile;

import java.time.Instant;
import java.util.List;

import org.haven.shared.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coded facts of the cases open at some time in a period, for the anonymised reports
 * supervisors read: only cases whose link to their person holds its seal. No identity and
 * no free text leave here.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.SUPERVISOR + "')")
public class CaseStatistics {

	private final OpenCaseFiles cases;

	private final CaseSeals seals;

	CaseStatistics(OpenCaseFiles cases, CaseSeals seals) {
		this.cases = cases;
		this.seals = seals;
	}

	/** The cases opened before {@code until} and not closed before {@code from}. */
	public List<CaseFacts> openBetween(Instant from, Instant until) {
		return this.cases.openBetween(from, until)
			.stream()
			.filter(this.seals::intact)
			.map(CaseStatistics::facts)
			.toList();
	}

	private static CaseFacts facts(CaseFile file) {
		Situation situation = file.answers().situation();
		return new CaseFacts(file.id(), file.code(), file.person(), file.opening().createdAt(),
				file.closure().closedAt(), file.status(), file.closure().requestedOutcome(),
				situation.exploitationForms().codes(), situation.controlMeans().codes(),
				situation.recruitmentChannels().codes(), situation.sectors().codes(), file.answers().nonPunishment());
	}

}
