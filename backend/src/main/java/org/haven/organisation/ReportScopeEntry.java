package org.haven.organisation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** A report scope granted to a supervisor: an office, or the whole organisation. */
@Entity
@Table(name = "report_scope")
@Audited
class ReportScopeEntry {

	@Id
	@Column(name = "account_id", nullable = false, updatable = false)
	private UUID account;

	@Enumerated(EnumType.STRING)
	@Column(name = "reach", nullable = false, length = 16)
	private ReportReach reach;

	@Column(name = "office_id")
	private @Nullable UUID office;

	@Column(name = "granted_by", nullable = false)
	private UUID grantedBy;

	@Column(name = "granted_at", nullable = false)
	private Instant grantedAt;

	@Version
	@Column(name = "version", nullable = false)
	private long version;

	protected ReportScopeEntry() {
	}

	ReportScopeEntry(UUID account, ReportScope scope, UUID grantedBy, Instant now) {
		this.account = account;
		change(scope, grantedBy, now);
	}

	void change(ReportScope scope, UUID by, Instant now) {
		this.reach = scope.reach();
		this.office = scope.office();
		this.grantedBy = by;
		this.grantedAt = now;
	}

	UUID account() {
		return this.account;
	}

	ReportScope toScope() {
		return new ReportScope(this.reach, this.office);
	}

}
