package org.haven.audit;

import java.util.Comparator;
import java.util.List;

import org.haven.crypto.SealedRows;
import org.haven.shared.Roles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Auditors check every row that grants access to identity against its seal at once, so
 * that a forged case link, assignment, grant, account link or role membership comes to
 * light even when nobody tried to use it. Each failing row becomes an integrity finding;
 * the check itself is recorded with what it found.
 */
@Service
@PreAuthorize("hasRole('" + Roles.AUDITOR + "')")
public class AuthorizationRowsAudit {

	private final ObjectProvider<SealedRows> sealedRows;

	private final AuditTrail trail;

	AuthorizationRowsAudit(ObjectProvider<SealedRows> sealedRows, AuditTrail trail) {
		this.sealedRows = sealedRows;
		this.trail = trail;
	}

	/** One result per kind of row, in a stable order. */
	public List<SealedRows.Check> checkAll() {
		List<SealedRows.Check> checks = this.sealedRows.orderedStream()
			.flatMap(rows -> rows.checkAll().stream())
			.sorted(Comparator.comparing(SealedRows.Check::kind))
			.toList();
		long failed = checks.stream().mapToLong(SealedRows.Check::failed).sum();
		long checked = checks.stream().mapToLong(SealedRows.Check::checked).sum();
		this.trail.record(Action.AUTHORIZATION_ROWS_CHECKED, failed == 0 ? Outcome.ALLOWED : Outcome.FAILED, null,
				checks.stream().map(SealedRows.Check::kind).toList(), failed + " of " + checked + " failed");
		return checks;
	}

}
