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
			.map(file -> new CaseFacts(file.id(), file.code(), file.person(), file.opening().createdAt(),
					file.closure().closedAt(), file.status(), file.closure().requestedOutcome(),
					file.answers().situation().exploitationForms().codes()))
			.toList();
	}

	/** The cases opened from {@code from} until before {@code until}. */
	public List<RegisteredCase> registeredBetween(Instant from, Instant until) {
		return this.cases.registeredBetween(from, until)
			.stream()
			.filter(this.seals::intact)
			.map(file -> new RegisteredCase(file.id(), file.code(), file.person(), file.opening().createdAt(),
					file.answers().situation()))
			.toList();
	}

	/**
	 * Whether the signed-in supervisor may release what covers the whole organisation
	 * (the de-identified research export). Every supervisor may until report scopes
	 * exist; then only those granted the organisation's report scope.
	 */
	public boolean hasOrganisationReportScope() {
		return true;
	}

}
