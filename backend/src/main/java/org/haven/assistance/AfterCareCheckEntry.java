package org.haven.assistance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.annotations.Immutable;

/**
 * A contact with the person as stored (a follow-up or an after-care check), written once;
 * its notes only as ciphertext.
 */
@Entity
@Table(name = "after_care_check")
@Immutable
@Audited
class AfterCareCheckEntry {

	@Id
	@Column(name = "id", nullable = false, updatable = false)
	private UUID id;

	@Column(name = "case_id", nullable = false, updatable = false)
	private UUID caseId;

	@Enumerated(EnumType.STRING)
	@Column(name = "kind", nullable = false, updatable = false, length = 32)
	private ContactKind kind;

	/** The task the contact answers; none for an unplanned follow-up contact. */
	@Column(name = "task_id", updatable = false)
	private UUID taskId;

	@Column(name = "checked_on", nullable = false, updatable = false)
	private LocalDate checkedOn;

	@Column(name = "contact_made", nullable = false, updatable = false)
	private boolean contactMade;

	@Enumerated(EnumType.STRING)
	@Column(name = "channel", updatable = false, length = 16)
	private ContactChannel channel;

	@Enumerated(EnumType.STRING)
	@Column(name = "safety_now", nullable = false, updatable = false, length = 16)
	private SafetyNow safetyNow;

	@Enumerated(EnumType.STRING)
	@Column(name = "approached_with_work_or_travel", nullable = false, updatable = false, length = 16)
	private ScreenAnswer approachedWithWorkOrTravel;

	@Enumerated(EnumType.STRING)
	@Column(name = "pressed_about_debt", nullable = false, updatable = false, length = 16)
	private ScreenAnswer pressedAboutDebt;

	@Enumerated(EnumType.STRING)
	@Column(name = "unsafe_where_living", nullable = false, updatable = false, length = 16)
	private ScreenAnswer unsafeWhereLiving;

	@Column(name = "services_still_needed", nullable = false, updatable = false, length = 1000)
	private String servicesStillNeeded;

	@Column(name = "notes", updatable = false)
	private byte[] notes;

	@Column(name = "risk_found", nullable = false, updatable = false)
	private boolean riskFound;

	@Column(name = "recorded_by", nullable = false, updatable = false)
	private UUID recordedBy;

	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt;

	protected AfterCareCheckEntry() {
	}

	AfterCareCheckEntry(UUID id, UUID caseId, ContactKind kind, UUID taskId, NewAfterCareCheck check, byte[] notes,
			UUID recordedBy, Instant recordedAt) {
		this.id = id;
		this.caseId = caseId;
		this.kind = kind;
		this.taskId = taskId;
		this.checkedOn = check.checkedOn();
		this.contactMade = check.contactMade();
		this.channel = check.channel();
		this.safetyNow = check.safetyNow();
		this.approachedWithWorkOrTravel = check.approachedWithWorkOrTravel();
		this.pressedAboutDebt = check.pressedAboutDebt();
		this.unsafeWhereLiving = check.unsafeWhereLiving();
		this.servicesStillNeeded = String.join(",", check.servicesStillNeeded());
		this.notes = notes;
		this.riskFound = check.findsRisk();
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	static String notesField(UUID check) {
		return "after-care-notes:" + check;
	}

	/** The check as recorded, with its notes as given. */
	NewAfterCareCheck asRecorded(String notes) {
		List<String> services = this.servicesStillNeeded.isEmpty() ? List.of()
				: Arrays.asList(this.servicesStillNeeded.split(","));
		return new NewAfterCareCheck(this.checkedOn, this.contactMade, this.channel, this.safetyNow,
				this.approachedWithWorkOrTravel, this.pressedAboutDebt, this.unsafeWhereLiving, services, notes);
	}

	UUID id() {
		return this.id;
	}

	ContactKind kind() {
		return this.kind;
	}

	UUID caseId() {
		return this.caseId;
	}

	LocalDate checkedOn() {
		return this.checkedOn;
	}

	byte[] notes() {
		return this.notes;
	}

	boolean riskFound() {
		return this.riskFound;
	}

	UUID recordedBy() {
		return this.recordedBy;
	}

}
