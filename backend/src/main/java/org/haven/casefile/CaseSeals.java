package org.haven.casefile;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.haven.crypto.AuthorizationSeal;
import org.haven.crypto.AuthorizationSeal.Row;
import org.haven.shared.PseudonymousId;
import org.springframework.stereotype.Component;

/**
 * The seals of the case rows that grant access to identity: the case's link to its
 * person, its team (which decides the supervisors who hold it), its assignments and its
 * break-glass grants. Assignments are bound to the case's assignment generation, which
 * the case's own seal covers and every reassignment raises, so that an assignment removed
 * earlier cannot be put back with its old seal. A row whose seal fails counts as absent,
 * and the failure is reported as an integrity finding.
 */
@Component
class CaseSeals {

	static final String LINK = "case-person-link";

	static final String ASSIGNMENT = "case-assignment";

	static final String GRANT = "break-glass-grant";

	static final String TEAM = "case-team";

	private final AuthorizationSeal seal;

	CaseSeals(AuthorizationSeal seal) {
		this.seal = seal;
	}

	static Row link(UUID caseId, String code, String personCode, long assignmentGeneration) {
		return AuthorizationSeal.row(LINK).with(caseId).with(code).with(personCode).with(assignmentGeneration);
	}

	static Row team(UUID caseId, String code, UUID teamId, long assignmentGeneration) {
		return AuthorizationSeal.row(TEAM).with(caseId).with(code).with(teamId).with(assignmentGeneration);
	}

	static Row assignment(UUID caseId, UUID accountId, boolean primary, long assignmentGeneration) {
		return AuthorizationSeal.row(ASSIGNMENT).with(caseId).with(accountId).with(primary).with(assignmentGeneration);
	}

	static Row grant(UUID id, UUID caseId, UUID accountId, String reason, Instant grantedAt, Instant expiresAt) {
		return AuthorizationSeal.row(GRANT)
			.with(id)
			.with(caseId)
			.with(accountId)
			.with(reason)
			.with(grantedAt)
			.with(expiresAt);
	}

	byte[] seal(Row row) {
		return this.seal.seal(row);
	}

	/**
	 * Whether the case's link to its person, and its team, are Haven's own; a failure is
	 * reported.
	 */
	boolean intact(CaseFile file) {
		return check(file.linkRow(), file.seal(), file.codeValue(), file.id())
				&& check(file.teamRow(), file.teamSeal(), file.codeValue(), file.id());
	}

	/**
	 * The case's assignments that carry Haven's seal for its current generation, primary
	 * first; none when the case itself fails its seal (which {@link #intact} reports).
	 * Each failing assignment is reported.
	 */
	List<Assignment> assignments(CaseFile file) {
		if (!this.seal.verifies(file.linkRow(), file.seal())) {
			return List.of();
		}
		return file.caseworkers()
			.stream()
			.filter(assignment -> check(file.assignmentRow(assignment), assignment.seal(), file.codeValue(), file.id()))
			.toList();
	}

	boolean isAssigned(CaseFile file, UUID account) {
		return assignments(file).stream().anyMatch(assignment -> assignment.accountId().equals(account));
	}

	/** Checks one row read by a query; a failure is reported against the case. */
	boolean check(Row row, byte[] stored, String caseCode, UUID caseId) {
		return this.seal.check(row, stored, subject(caseCode, caseId));
	}

	/** The case code when the row holds a well-formed one, else the case's id. */
	static PseudonymousId subject(String caseCode, UUID caseId) {
		return CaseCode.parse(caseCode)
			.<PseudonymousId>map(code -> code)
			.orElseGet(() -> PseudonymousId.of("CASE", String.valueOf(caseId)));
	}

}
