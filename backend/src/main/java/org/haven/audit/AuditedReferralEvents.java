package org.haven.audit;

import java.util.List;

import org.haven.partner.PartnerAdded;
import org.haven.partner.PartnerChanged;
import org.haven.partner.PartnerEvent;
import org.haven.referral.ConsentOverridden;
import org.haven.referral.IncomingPackageRead;
import org.haven.referral.IncomingReferralAccepted;
import org.haven.referral.IncomingReferralId;
import org.haven.referral.IncomingReferralAnswered;
import org.haven.referral.IncomingReferralEvent;
import org.haven.referral.IncomingReferralReceived;
import org.haven.referral.IncomingReferralRecorded;
import org.haven.referral.IncomingReferralRevoked;
import org.haven.referral.ReferralFileMade;
import org.haven.referral.ReferralFileRefused;
import org.haven.referral.ReferralAnswered;
import org.haven.referral.ReferralDrafted;
import org.haven.referral.ReferralEvent;
import org.haven.referral.ReferralExpired;
import org.haven.referral.ReferralFormPrinted;
import org.haven.referral.ReferralPreviewed;
import org.haven.referral.ReferralRevoked;
import org.haven.referral.ReferralSent;
import org.haven.referral.ReferralWithdrawn;
import org.haven.referral.ReferralsRead;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records every change of the partner directory, and every read and change of a case's
 * referrals: the case as subject, the fields that travel by name, the partner by its id
 * and, for a sent package, its SHA-256 hash as the reason. Runs synchronously, in the
 * transaction of the fact.
 */
@Component
class AuditedReferralEvents {

	private final AuditTrail trail;

	AuditedReferralEvents(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void partnerEvent(PartnerEvent event) {
		Action action = switch (event) {
			case PartnerAdded _ -> Action.PARTNER_ADDED;
			case PartnerChanged _ -> Action.PARTNER_CHANGED;
		};
		this.trail.record(action, Outcome.ALLOWED, Ids.partner(event.partner().toString()), List.of(),
				event.agreementLive() ? "agreement live" : "no live agreement");
	}

	@EventListener
	void referralEvent(ReferralEvent event) {
		switch (event) {
			case ReferralsRead _ -> record(Action.REFERRALS_READ, event, null);
			case ReferralDrafted drafted -> record(Action.REFERRAL_DRAFTED, event, "to partner " + drafted.partner());
			case ReferralPreviewed previewed -> WholeRead.of(previewed.code())
				.ifPresentOrElse(
						read -> read.coveredExactly(previewed.parts(), "preview to partner " + previewed.partner()),
						() -> record(Action.REFERRAL_PREVIEWED, event, "to partner " + previewed.partner()));
			case ReferralSent sent ->
				record(Action.REFERRAL_SENT, event, "to partner " + sent.partner() + ", package sha256 "
						+ sent.packageHash() + (sent.consentOverridden() ? ", consent overridden" : ""));
			case ReferralAnswered answered -> record(Action.REFERRAL_ANSWERED, event,
					answered.status().name() + (answered.reason() == null ? "" : " " + answered.reason().name()));
			case ReferralWithdrawn withdrawn ->
				record(Action.REFERRAL_WITHDRAWN, event, "to partner " + withdrawn.partner());
			case ReferralRevoked revoked -> record(Action.REFERRAL_REVOKED, event,
					"to partner " + revoked.partner() + ", consent " + revoked.because().name());
			case ReferralExpired expired -> record(Action.REFERRAL_EXPIRED, event, "to partner " + expired.partner());
			case ConsentOverridden overridden -> record(Action.REFERRAL_CONSENT_OVERRIDDEN, event,
					overridden.reason().name() + ", to partner " + overridden.partner());
			case ReferralFormPrinted printed ->
				record(Action.REFERRAL_FORM_PRINTED, event, "package sha256 " + printed.packageHash());
			case ReferralFileMade made ->
				record(Action.REFERRAL_FILE_MADE, event, made.kind().name() + " to partner " + made.partner());
		}
	}

	/**
	 * The incoming referral is the subject: it belongs to no case until it becomes one.
	 */
	@EventListener
	void incomingReferralEvent(IncomingReferralEvent event) {
		String reason = switch (event) {
			case IncomingReferralReceived received -> "from partner " + received.partner();
			case IncomingReferralRecorded _ -> "by hand";
			case IncomingPackageRead _ -> null;
			case IncomingReferralAccepted _ -> "intake started";
			case IncomingReferralAnswered answered ->
				answered.status().name() + (answered.reason() == null ? "" : " " + answered.reason().name());
			case IncomingReferralRevoked _ -> "revoked by the referring partner";
		};
		Action action = switch (event) {
			case IncomingReferralReceived _ -> Action.INCOMING_REFERRAL_RECEIVED;
			case IncomingReferralRecorded _ -> Action.INCOMING_REFERRAL_RECORDED;
			case IncomingPackageRead _ -> Action.INCOMING_REFERRAL_READ;
			case IncomingReferralAccepted _ -> Action.INCOMING_REFERRAL_ACCEPTED;
			case IncomingReferralAnswered _ -> Action.INCOMING_REFERRAL_ANSWERED;
			case IncomingReferralRevoked _ -> Action.INCOMING_REFERRAL_REVOKED;
		};
		this.trail.record(action, Outcome.ALLOWED, new IncomingReferralId(event.incoming()), event.parts(), reason);
	}

	/**
	 * In a transaction of its own: the import it is about rolls back. No subject, since
	 * nothing of the file is kept; the reason is the refusal's code.
	 */
	@EventListener
	void fileRefused(ReferralFileRefused refused) {
		this.trail.recordApart(Action.REFERRAL_FILE_REFUSED, Outcome.DENIED, null, refused.reason().name());
	}

	private void record(Action action, ReferralEvent event, String reason) {
		this.trail.record(action, Outcome.ALLOWED, event.code(), event.parts(), reason);
	}

}
