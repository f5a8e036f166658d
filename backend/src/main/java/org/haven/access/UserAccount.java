package org.haven.access;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A staff member's account. Guards its own rules: an account tied to the identity
 * provider keeps no password, and is never tied to a second person.
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

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "role", nullable = false, length = 32)
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	protected UserAccount() {
	}

	UserAccount(String username, String displayName, Set<Role> roles, String passwordHash, boolean mustChangePassword,
			Instant now) {
		this.id = UUID.randomUUID();
		this.username = username;
		this.displayName = displayName;
		this.roles = roleSet(roles);
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
	}

	/**
	 * Takes over what the identity provider says of the person at sign-in; it is the
	 * source of truth for the username, the name and the roles.
	 */
	void updateFromIdentityProvider(String newUsername, String newDisplayName, Set<Role> newRoles, Instant now) {
		if (!this.username.equals(newUsername) || !this.displayName.equals(newDisplayName)
				|| !this.roles.equals(roleSet(newRoles))) {
			this.username = newUsername;
			this.displayName = newDisplayName;
			this.roles.clear();
			this.roles.addAll(newRoles);
			this.updatedAt = now;
		}
	}

	private static Set<Role> roleSet(Set<Role> roles) {
		return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
	}

	void changePassword(String newPasswordHash, Instant now) {
		this.passwordHash = newPasswordHash;
		this.mustChangePassword = false;
		this.updatedAt = now;
	}

	/** An administrator's reset: a temporary password that must be changed. */
	void resetPassword(String temporaryPasswordHash, Instant now) {
		this.passwordHash = temporaryPasswordHash;
		this.mustChangePassword = true;
		this.updatedAt = now;
	}

	void disable(Instant now) {
		this.enabled = false;
		this.updatedAt = now;
	}

	void enable(Instant now) {
		this.enabled = true;
		this.updatedAt = now;
	}

	void changeRoles(Set<Role> newRoles, Instant now) {
		this.roles.clear();
		this.roles.addAll(newRoles);
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

	Set<Role> roles() {
		return Set.copyOf(this.roles);
	}

	long version() {
		return this.version;
	}

	UserSummary summary() {
		return new UserSummary(this.id, this.username, this.displayName, roles(), this.enabled, this.mustChangePassword,
				this.externalSubject != null, this.version);
	}

}
