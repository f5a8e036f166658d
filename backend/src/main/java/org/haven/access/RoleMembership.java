package org.haven.access;

import java.util.Arrays;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Transient;

/**
 * That an account holds a role, with its seal: null until {@link AccountSeals} seals one
 * that Haven made, before it is stored.
 */
@Embeddable
class RoleMembership {

	@Enumerated(EnumType.STRING)
	@Column(name = "role", nullable = false, length = 32)
	private Role role;

	@Column(name = "seal", nullable = false)
	private byte[] seal;

	/**
	 * Made by Haven and not sealed yet; never true of a stored row, even one without a
	 * seal.
	 */
	@Transient
	private boolean awaitsSeal;

	protected RoleMembership() {
	}

	RoleMembership(Role role) {
		this.role = role;
		this.awaitsSeal = true;
	}

	RoleMembership sealedWith(byte[] newSeal) {
		RoleMembership sealed = new RoleMembership(this.role);
		sealed.seal = newSeal;
		sealed.awaitsSeal = false;
		return sealed;
	}

	boolean awaitsSeal() {
		return this.awaitsSeal;
	}

	Role role() {
		return this.role;
	}

	byte[] seal() {
		return this.seal;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RoleMembership membership && this.role == membership.role
				&& Arrays.equals(this.seal, membership.seal);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.role, Arrays.hashCode(this.seal));
	}

	@Override
	public String toString() {
		return "RoleMembership[" + this.role + "]";
	}

}
