package org.haven.organisation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/**
 * A supervisor acting for a colleague on leave: they hold the colleague's teams while it
 * runs, and never after {@link #endsAt}, which is at most
 * {@link OrganisationService#ACTING_AT_MOST} after it starts.
 */
@Entity
@Table(name = "acting_supervision")
@Audited
class ActingSupervisionEntry {

	@Id
	@Column(name = "id", nullable = false, updatable = false)
	private UUID id;

	@Column(name = "acting_account", nullable = false, updatable = false)
	private UUID acting;

	@Column(name = "for_account", nullable = false, updatable = false)
	private UUID forSupervisor;

	@Column(name = "starts_at", nullable = false, updatable = false)
	private Instant startsAt;

	@Column(name = "ends_at", nullable = false, updatable = false)
	private Instant endsAt;

	@Column(name = "granted_by", nullable = false, updatable = false)
	private UUID grantedBy;

	@Column(name = "granted_at", nullable = false, updatable = false)
	private Instant grantedAt;

	@Column(name = "ended_at")
	private Instant endedAt;

	@Version
	@Column(name = "version", nullable = false)
	private long version;

	protected ActingSupervisionEntry() {
	}

	ActingSupervisionEntry(UUID id, UUID acting, UUID forSupervisor, Instant startsAt, Instant endsAt, UUID grantedBy) {
		this.id = id;
		this.acting = acting;
		this.forSupervisor = forSupervisor;
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.grantedBy = grantedBy;
		this.grantedAt = startsAt;
	}

	UUID id() {
		return this.id;
	}

	UUID acting() {
		return this.acting;
	}

	UUID forSupervisor() {
		return this.forSupervisor;
	}

	boolean runsAt(Instant now) {
		return this.endedAt == null && !now.isBefore(this.startsAt) && now.isBefore(this.endsAt);
	}

	/** Ends it now, if it still runs; returns whether it did. */
	boolean end(Instant now) {
		if (!runsAt(now)) {
			return false;
		}
		this.endedAt = now;
		return true;
	}

	ActingSupervision toActingSupervision(Instant now) {
		return new ActingSupervision(this.id, this.acting, this.forSupervisor, this.startsAt, this.endsAt, runsAt(now));
	}

}
