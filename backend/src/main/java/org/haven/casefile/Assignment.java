package org.haven.casefile;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Transient;
import org.hibernate.envers.NotAudited;

/**
 * A caseworker's assignment to a case, with its seal (null until {@link CaseSeals} seals
 * one that Haven made, and in the history). A class, not a record: the case history
 * (Envers) builds past versions through a no-argument constructor.
 */
@Embeddable
class Assignment {

	@Column(name = "account_id", nullable = false)
	private UUID accountId;

	@Column(name = "is_primary", nullable = false)
	private boolean primary;

	@NotAudited
	@Column(name = "seal", nullable = false)
	private byte[] seal;

	/**
	 * Made by Haven and not sealed yet; never true of a stored row, even one without a
	 * seal.
	 */
	@Transient
	private boolean awaitsSeal;

	/** The primary first, then by account. */
	static final Comparator<Assignment> PRIMARY_FIRST = Comparator.comparing(Assignment::primary)
		.reversed()
		.thenComparing(Assignment::accountId);

	protected Assignment() {
	}

	/** One primary and any secondaries; the primary is never also a secondary. */
	static Set<Assignment> team(UUID primary, Set<UUID> secondaries) {
		Set<Assignment> team = new LinkedHashSet<>();
		team.add(new Assignment(primary, true));
		secondaries.stream()
			.filter(account -> !account.equals(primary))
			.forEach(account -> team.add(new Assignment(account, false)));
		return team;
	}

	/** The same assignments, each that awaits its seal sealed by {@code sealer}. */
	static Set<Assignment> sealed(Collection<Assignment> assignments, Function<Assignment, byte[]> sealer) {
		Set<Assignment> sealed = new LinkedHashSet<>();
		assignments.forEach(assignment -> sealed
			.add(assignment.awaitsSeal() ? assignment.sealedWith(sealer.apply(assignment)) : assignment));
		return sealed;
	}

	Assignment(UUID accountId, boolean primary) {
		this.accountId = accountId;
		this.primary = primary;
		this.awaitsSeal = true;
	}

	Assignment sealedWith(byte[] newSeal) {
		Assignment sealed = new Assignment(this.accountId, this.primary);
		sealed.seal = newSeal;
		sealed.awaitsSeal = false;
		return sealed;
	}

	boolean awaitsSeal() {
		return this.awaitsSeal;
	}

	byte[] seal() {
		return this.seal;
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
				&& this.primary == assignment.primary && Arrays.equals(this.seal, assignment.seal);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.accountId, this.primary, Arrays.hashCode(this.seal));
	}

	@Override
	public String toString() {
		return "Assignment[" + this.accountId + (this.primary ? ", primary" : "") + "]";
	}

}
