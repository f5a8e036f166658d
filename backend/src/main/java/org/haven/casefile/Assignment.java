package org.haven.casefile;

import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A caseworker's assignment to a case. A class, not a record: the case history (Envers)
 * builds past versions through a no-argument constructor.
 */
@Embeddable
class Assignment {

	@Column(name = "account_id", nullable = false)
	private UUID accountId;

	@Column(name = "is_primary", nullable = false)
	private boolean primary;

	protected Assignment() {
	}

	Assignment(UUID accountId, boolean primary) {
		this.accountId = accountId;
		this.primary = primary;
	}

	UUID accountId() {
		return this.accountId;
	}

	boolean primary() {
		return this.primary;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Assignment assignment && Objects.equals(this.accountId, assignment.accountId)
				&& this.primary == assignment.primary;
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.accountId, this.primary);
	}

	@Override
	public String toString() {
		return "Assignment[" + this.accountId + (this.primary ? ", primary" : "") + "]";
	}

}
