package org.haven.organisation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/** An office as stored; its teams point at it. */
@Entity
@Table(name = "office")
@Audited
class OfficeEntry {

	@Id
	@Column(name = "id", nullable = false, updatable = false)
	private UUID id;

	@Column(name = "name", nullable = false, length = OrganisationService.MAX_NAME_LENGTH)
	private String name;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	@Column(name = "version", nullable = false)
	private long version;

	protected OfficeEntry() {
	}

	OfficeEntry(UUID id, String name, Instant now) {
		this.id = id;
		this.name = name;
		this.createdAt = now;
	}

	UUID id() {
		return this.id;
	}

	String name() {
		return this.name;
	}

	Office toOffice() {
		return new Office(this.id, this.name);
	}

}
