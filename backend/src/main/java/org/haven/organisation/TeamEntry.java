package org.haven.organisation;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/**
 * A team of an office as stored, with its members (caseworkers) and its supervisors. Each
 * change of either set is kept in the change history.
 */
@Entity
@Table(name = "team")
@Audited
class TeamEntry {

	@Id
	@Column(name = "id", nullable = false, updatable = false)
	private UUID id;

	@Column(name = "office_id", nullable = false, updatable = false)
	private UUID officeId;

	@Column(name = "name", nullable = false, length = OrganisationService.MAX_NAME_LENGTH)
	private String name;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	@Column(name = "version", nullable = false)
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "team_member", joinColumns = @JoinColumn(name = "team_id"))
	@Column(name = "account_id", nullable = false)
	private Set<UUID> members = new HashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "team_supervisor", joinColumns = @JoinColumn(name = "team_id"))
	@Column(name = "account_id", nullable = false)
	private Set<UUID> supervisors = new HashSet<>();

	protected TeamEntry() {
	}

	TeamEntry(UUID id, UUID officeId, String name, Instant now) {
		this.id = id;
		this.officeId = officeId;
		this.name = name;
		this.createdAt = now;
	}

	UUID id() {
		return this.id;
	}

	UUID officeId() {
		return this.officeId;
	}

	String name() {
		return this.name;
	}

	Set<UUID> members() {
		return Set.copyOf(this.members);
	}

	Set<UUID> supervisors() {
		return Set.copyOf(this.supervisors);
	}

	/** Whether the account became a member now (false when it already was). */
	boolean addMember(UUID account) {
		return this.members.add(account);
	}

	boolean removeMember(UUID account) {
		return this.members.remove(account);
	}

	boolean addSupervisor(UUID account) {
		return this.supervisors.add(account);
	}

	boolean removeSupervisor(UUID account) {
		return this.supervisors.remove(account);
	}

}
