package org.haven.access;

import java.time.Instant;
import java.util.EnumSet;
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
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.haven.crypto.AuthorizationSeal;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A staff member's account. Guards its own rules: an account tied to the identity
 * provider keeps no password, and is never tied to a second person. What decides who
 * signs in and with which roles is sealed by {@link AccountSeals} before it is stored; a
 * change of it leaves the account unsealed until then, so that it cannot be stored
 * unsealed by mistake.
 */
@Entity
@Table(name = "app_user")
@DynamicUpdate
class UserAccount {

	@Id
	@Column(name = "id", nullable = false, updatable = false)
	private UUID id;

	@Column(name = "username", nullable = false, length = 64)
	private String username;

	/**
	 * The identity provider's stable id of the person (the token's {@code sub}); null for
	 * an account of the local sign-in.
	 */
	@Column(name = "external_subject", length = 255)
	private String externalSubject;

	@Column(name = "display_name", nullable = false, length = 128)
	private String displayName;

	@Column(name = "password_hash", length = 255)
	private String passwordHash;

	@Column(name = "enabled", nullable = false)
	private boolean enabled;

	@Column(name = "must_change_password", nullable = false)
	private boolean mustChangePassword;

	@Column(name = "preferred_language", length = 16)
	private String preferredLanguage;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	@Column(name = "version", nullable = false)
	private long version;

	/** Raised by every change of roles; the memberships' seals are bound to it. */
	@Column(name = "role_generation", nullable = false)
	private long roleGeneration;

	@Column(name = "seal", nullable = false)
	private byte[] seal;

	/**
	 * The sign-in was made or changed by Haven and is not sealed yet; never true of a
	 * stored row, even one without a seal.
	 */
	@Transient
	private boolean signInAwaitsSeal;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
	private Set<RoleMembership> roles = new HashSet<>();

	protected UserAccount() {
	}

	UserAccount(String username, String displayName, Set<Role> roles, String passwordHash, boolean mustChangePassword,
			Instant now) {
		this.id = UUID.randomUUID();
		this.username = username;
		this.displayName = displayName;
		this.roleGeneration = 1;
		roleSet(roles).forEach(role -> this.roles.add(new RoleMembership(role)));
		unseal();
		this.passwordHash = passwordHash;
		this.mustChangePassword = mustChangePassword;
		this.enabled = true;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * An account for a person who signs in through the identity provider: no password,
	 * nothing to change at first sign-in.
	 */
	static UserAccount fromIdentityProvider(String subject, String username, String displayName, Set<Role> roles,
			Instant now) {
		UserAccount account = new UserAccount(username, displayName, roles, null, false, now);
		account.externalSubject = subject;
		return account;
	}

	/**
	 * Ties a former local account to the identity provider's subject. Its password is
	 * dropped: from now on the identity provider alone checks who signs in.
	 */
	void linkToIdentityProvider(String subject, Instant now) {
		if (this.externalSubject != null) {
			throw new IllegalStateException("The account is already tied to a person of the identity provider");
		}
		this.externalSubject = subject;
		this.passwordHash = null;
		this.mustChangePassword = false;
		this.updatedAt = now;
		unseal();
	}

	/**
	 * Takes over what the identity provider says of the person at sign-in; it is the
	 * source of truth for the username, the name and the roles.
	 */
	void updateFromIdentityProvider(String newUsername, String newDisplayName, Set<Role> newRoles, Instant now) {
		boolean renamed = !this.username.equals(newUsername);
		boolean rolesChanged = !roles().equals(roleSet(newRoles));
		if (renamed || rolesChanged || !this.displayName.equals(newDisplayName)) {
			if (renamed) {
				this.username = newUsername;
				unseal();
			}
			if (rolesChanged) {
				replaceRoles(newRoles);
			}
			this.displayName = newDisplayName;
			this.updatedAt = now;
		}
	}

	private void replaceRoles(Set<Role> newRoles) {
		this.roles.clear();
		newRoles.forEach(role -> this.roles.add(new RoleMembership(role)));
		this.roleGeneration++;
		unseal();
	}

	/**
	 * What seals the sign-in covers changed; it must be sealed again before it is stored.
	 */
	private void unseal() {
		this.seal = null;
		this.signInAwaitsSeal = true;
	}

	/**
	 * Seals what Haven made and has not sealed yet: the sign-in after a change of it, and
	 * new role memberships. Stored rows keep the seal they have, valid or not, or none: a
	 * row written without a seal outside Haven is never sealed.
	 */
	void sealPending(AccountSeals seals) {
		if (this.signInAwaitsSeal) {
			this.seal = seals.seal(accountRow());
			this.signInAwaitsSeal = false;
		}
		if (this.roles.stream().anyMatch(RoleMembership::awaitsSeal)) {
			Set<RoleMembership> sealed = new HashSet<>();
			this.roles.forEach(membership -> sealed
				.add(!membership.awaitsSeal() ? membership : membership.sealedWith(seals.seal(roleRow(membership)))));
			this.roles.clear();
			this.roles.addAll(sealed);
		}
	}

	AuthorizationSeal.Row accountRow() {
		return AccountSeals.account(this.id, this.username, this.externalSubject, this.passwordHash, this.enabled,
				this.roleGeneration);
	}

	AuthorizationSeal.Row roleRow(RoleMembership membership) {
		return AccountSeals.role(this.id, membership.role().name(), this.roleGeneration);
	}

	private static Set<Role> roleSet(Set<Role> roles) {
		return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
	}

	void changePassword(String newPasswordHash, Instant now) {
		this.passwordHash = newPasswordHash;
		this.mustChangePassword = false;
		this.updatedAt = now;
		unseal();
	}

	/** An administrator's reset: a temporary password that must be changed. */
	void resetPassword(String temporaryPasswordHash, Instant now) {
		this.passwordHash = temporaryPasswordHash;
		this.mustChangePassword = true;
		this.updatedAt = now;
		unseal();
	}

	void disable(Instant now) {
		this.enabled = false;
		this.updatedAt = now;
		unseal();
	}

	void enable(Instant now) {
		this.enabled = true;
		this.updatedAt = now;
		unseal();
	}

	void changeRoles(Set<Role> newRoles, Instant now) {
		replaceRoles(newRoles);
		this.updatedAt = now;
	}

	void rememberLanguage(String languageTag, Instant now) {
		this.preferredLanguage = languageTag;
		this.updatedAt = now;
	}

	UUID id() {
		return this.id;
	}

	String username() {
		return this.username;
	}

	String displayName() {
		return this.displayName;
	}

	String externalSubject() {
		return this.externalSubject;
	}

	String passwordHash() {
		return this.passwordHash;
	}

	boolean enabled() {
		return this.enabled;
	}

	boolean mustChangePassword() {
		return this.mustChangePassword;
	}

	String preferredLanguage() {
		return this.preferredLanguage;
	}

	/**
	 * The roles as stored, sealed or not: {@link AccountSeals#roles} tells which count.
	 */
	Set<Role> roles() {
		Set<Role> held = EnumSet.noneOf(Role.class);
		this.roles.forEach(membership -> held.add(membership.role()));
		return held;
	}

	Set<RoleMembership> memberships() {
		return Set.copyOf(this.roles);
	}

	byte[] seal() {
		return this.seal;
	}

	long version() {
		return this.version;
	}

	UserSummary summary() {
		return new UserSummary(this.id, this.username, this.displayName, roles(), this.enabled, this.mustChangePassword,
				this.externalSubject != null, this.version);
	}

}
