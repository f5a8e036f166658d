package org.haven.audit;

import java.util.List;
import java.util.Locale;

import org.haven.access.AccountDirectory;
import org.haven.crypto.KeyEvent;
import org.haven.crypto.KeyRotationStarted;
import org.haven.crypto.KeyVersionChanged;
import org.haven.crypto.KeyVersionDestroyed;
import org.haven.reference.ReferenceEvent;
import org.haven.reference.ReferenceItemAdded;
import org.haven.reference.ReferenceItemReinstated;
import org.haven.reference.ReferenceItemRelabelled;
import org.haven.reference.ReferenceItemRetired;
import org.haven.shared.AccessRefused;
import org.haven.shared.IntegrityCheckFailed;
import org.haven.shared.ReportExportReleased;
import org.haven.shared.ReportProduced;
import org.haven.shared.ResearchExportReleased;
import org.haven.shared.PseudonymousId;
import org.haven.shared.SecurityEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Turns what Spring Security, the shared kernel, the keys and the reference lists
 * announce into audit events; cases, persons and accounts have listeners of their own
 * ({@link AuditedCaseEvents}, {@link AuditedPersonEvents}, {@link AuditedAccountEvents}).
 * Listeners run synchronously: a change and its event commit together, and a failure to
 * record fails the change. Each module's events come as one sealed interface, mapped by
 * one {@code switch}: the compiler finds a fact without an action, and
 * {@code AuditedEventsCoverageTests} a published type outside every mapped interface.
 */
@Component
class AuditedEvents {

	private final AuditTrail trail;

	private final AccountDirectory accounts;

	AuditedEvents(AuditTrail trail, AccountDirectory accounts) {
		this.trail = trail;
		this.accounts = accounts;
	}

	@EventListener
	void signedIn(AuthenticationSuccessEvent event) {
		this.trail.record(Action.SIGN_IN, Outcome.ALLOWED, event.getAuthentication(), null, List.of(), null);
	}

	/** Disabled accounts are refused before the password is checked. */
	@EventListener
	void signInRefusedBeforeThePassword(AbstractAuthenticationFailureEvent event) {
		if (event instanceof AuthenticationFailureBadCredentialsEvent) {
			return;
		}
		PseudonymousId account = this.accounts
			.idOf(event.getAuthentication().getName().strip().toLowerCase(Locale.ROOT))
			.map(id -> Ids.account(id.toString()))
			.orElse(null);
		this.trail.record(Action.SIGN_IN_FAILED, Outcome.DENIED, null, account, List.of(),
				event.getException().getClass().getSimpleName());
	}

	@EventListener
	void signedOut(LogoutSuccessEvent event) {
		this.trail.record(Action.SIGN_OUT, Outcome.ALLOWED, event.getAuthentication(), null, List.of(), null);
	}

	/**
	 * Recorded apart: the refused work, or the read or change that found the damage,
	 * rolls back.
	 */
	@EventListener
	void securityEvent(SecurityEvent event) {
		switch (event) {
			case AccessRefused refused ->
				this.trail.recordApart(Action.ACCESS_REFUSED, Outcome.DENIED, refused.subject(), refused.what());
			case IntegrityCheckFailed failed -> this.trail.recordApart(Action.INTEGRITY_CHECK_FAILED, Outcome.FAILED,
					failed.subject(), failed.record());
		}
	}

	/** The report is the field, the period and k the reason: a report names nobody. */
	@EventListener
	void reportProduced(ReportProduced produced) {
		this.trail.record(Action.REPORT_READ, Outcome.ALLOWED, null, List.of("report:" + produced.report()),
				produced.from() + ".." + produced.to() + ", k=" + produced.k());
	}

	/** As a report read, with the hash of the file handed out. */
	@EventListener
	void reportExportReleased(ReportExportReleased released) {
		this.trail.record(Action.REPORT_EXPORTED, Outcome.ALLOWED, null, List.of("report:" + released.report()),
				released.from() + ".." + released.to() + ", k=" + released.k() + ", sha256=" + released.sha256());
	}

	/**
	 * The file's hash is the reason: it names nobody and identifies the copy released.
	 */
	@EventListener
	void researchExportReleased(ResearchExportReleased released) {
		this.trail.record(Action.RESEARCH_EXPORT_RELEASED, Outcome.ALLOWED, null,
				List.of("report:RESEARCH_DEIDENTIFIED_EXPORT"), released.from() + ".." + released.to() + ", k="
						+ released.k() + ", rows=" + released.rows() + ", sha256=" + released.sha256());
	}

	@EventListener
	void keyEvent(KeyEvent event) {
		Action action = switch (event) {
			case KeyRotationStarted _ -> Action.KEY_ROTATION_STARTED;
			case KeyVersionDestroyed _ -> Action.KEY_VERSION_DESTROYED;
		};
		this.trail.record(action, Outcome.ALLOWED, Ids.key(event.keyset().name(), event.keyId()), List.of(), null);
	}

	/**
	 * The version is the subject and its state the reason; recorded by the node that
	 * found it, so with no actor when it starts.
	 */
	@EventListener
	void keyVersionChanged(KeyVersionChanged changed) {
		this.trail.record(Action.KEY_VERSION_CHANGED, Outcome.ALLOWED, Ids.key(changed.keyset(), changed.keyId()),
				List.of(),
				changed.state() + (changed.before() == null ? ", first recorded" : ", was " + changed.before()));
	}

	/** The list is the subject and the code the reason: reference data names nobody. */
	@EventListener
	void referenceEvent(ReferenceEvent event) {
		String done = switch (event) {
			case ReferenceItemAdded _ -> "added";
			case ReferenceItemRelabelled _ -> "relabelled";
			case ReferenceItemRetired _ -> "retired";
			case ReferenceItemReinstated _ -> "reinstated";
		};
		this.trail.record(Action.REFERENCE_LIST_CHANGED, Outcome.ALLOWED, Ids.referenceList(event.list().name()),
				event.parts(), event.code() + " " + done);
	}

}
