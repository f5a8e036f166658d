package org.haven.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseWork;
import org.haven.casefile.WorkedCase;
import org.haven.crypto.FieldEncryption;
import org.haven.partner.Partner;
import org.haven.partner.PartnerLookup;
import org.haven.platform.Days;
import org.haven.shared.InvalidInputException;
import org.haven.shared.NotFoundException;
import org.haven.shared.Problem;
import org.haven.shared.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files a case's referral sends to a partner that runs Haven: the frozen package,
 * encrypted to the partner's key and signed with this installation's; and, once the
 * referral was revoked or withdrawn, a signed revocation. Only ciphertext leaves; its
 * making is recorded.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.CASEWORKER + "')")
public class ReferralExchange {

	private final ReferralEntries entries;

	private final CaseWork cases;

	private final PartnerLookup partners;

	private final ReferralFiles files;

	private final FieldEncryption encryption;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ReferralExchange(ReferralEntries entries, CaseWork cases, PartnerLookup partners, ReferralFiles files,
			FieldEncryption encryption, Clock clock, ApplicationEventPublisher events) {
		this.entries = entries;
		this.cases = cases;
		this.partners = partners;
		this.files = files;
		this.encryption = encryption;
		this.clock = clock;
		this.events = events;
	}

	/** The referral file of a sent referral, for its partner's Haven. */
	public byte[] referralFile(CaseCode code, UUID referral) {
		WorkedCase worked = this.cases.forChange(code, "referral:file");
		ReferralEntry entry = referralOf(worked, referral);
		if (!entry.status().withThePartner()) {
			throw new InvalidInputException(Problem.of("status", "referral.not-sent"));
		}
		String json = this.encryption.cipherFor(worked.id())
			.decrypt(ReferralEntry.packageField(entry.id()), entry.sealedPackage());
		byte[] file = this.files.seal(ExchangeKind.REFERRAL, partnerOf(entry),
				json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		this.events.publishEvent(new ReferralFileMade(worked.code(), entry.partnerId(), ExchangeKind.REFERRAL));
		return file;
	}

	/**
	 * The revocation file of a revoked or withdrawn referral, telling the partner's Haven
	 * to stop.
	 */
	public byte[] revocationFile(CaseCode code, UUID referral) {
		WorkedCase worked = this.cases.forChange(code, "referral:revocation-file");
		ReferralEntry entry = referralOf(worked, referral);
		if (entry.status() != ReferralStatus.REVOKED && entry.status() != ReferralStatus.WITHDRAWN
				|| entry.sentOn() == null) {
			throw new InvalidInputException(Problem.of("status", "referral.not-revoked"));
		}
		LocalDate on = entry.statusOn() == null ? Days.today(this.clock) : entry.statusOn();
		byte[] file = this.files.seal(ExchangeKind.REVOCATION, partnerOf(entry),
				new ExchangedAnswer(entry.id(), entry.status(), null, on));
		this.events.publishEvent(new ReferralFileMade(worked.code(), entry.partnerId(), ExchangeKind.REVOCATION));
		return file;
	}

	private ReferralEntry referralOf(WorkedCase worked, UUID referral) {
		return this.entries.findById(referral)
			.filter(found -> found.caseId().equals(worked.id()))
			.orElseThrow(() -> new NotFoundException(Referrals.REFERRAL));
	}

	private Partner partnerOf(ReferralEntry entry) {
		return this.partners.find(entry.partnerId()).orElseThrow(() -> new NotFoundException("partner"));
	}

}
