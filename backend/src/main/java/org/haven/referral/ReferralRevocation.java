package org.haven.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.util.UUID;

import org.haven.access.AccountDirectory;
import org.haven.assistance.ReferredServices;
import org.haven.assistance.ServiceStatus;
import org.haven.assistance.TaskKind;
import org.haven.casefile.CaseWork;
import org.haven.casefile.WorkedCase;
import org.haven.consent.ConsentCheck;
import org.haven.consent.ConsentPurpose;
import org.haven.consent.ConsentState;
import org.haven.consent.ConsentWithdrawn;
import org.haven.consent.PartnerScope;
import org.haven.partner.Partner;
import org.haven.partner.PartnerLookup;
import org.haven.platform.ClusterJob;
import org.haven.platform.Days;
import org.haven.shared.SafeErrorDescription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What stops a referral without anyone sending it back. A withdrawal of consent to share
 * with a partner revokes, in its own transaction, every open referral of the case to that
 * partner; the hourly job revokes those whose consent has ended since, and expires the
 * referrals sent and never answered by their day. A revoked referral the partner holds,
 * and an expired one, each raise a task for the caseworker who sent it (tell the partner;
 * call the partner or refer elsewhere), which escalates like any other. One node at a
 * time ({@link ClusterJob}).
 */
@Component
class ReferralRevocation {

	private static final Logger log = LoggerFactory.getLogger(ReferralRevocation.class);

	private final ReferralEntries entries;

	private final CaseWork cases;

	private final ConsentCheck consent;

	private final PartnerLookup partners;

	private final ReferredServices services;

	private final AccountDirectory accounts;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ReferralRevocation(ReferralEntries entries, CaseWork cases, ConsentCheck consent, PartnerLookup partners,
			ReferredServices services, AccountDirectory accounts, JdbcTemplate jdbc, TransactionTemplate transaction,
			Clock clock, ApplicationEventPublisher events) {
		this.entries = entries;
		this.cases = cases;
		this.consent = consent;
		this.partners = partners;
		this.services = services;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
		this.events = events;
	}

	@EventListener
	void consentWithdrawn(ConsentWithdrawn withdrawn) {
		if (withdrawn.purpose() != ConsentPurpose.SHARE_WITH_PARTNER) {
			return;
		}
		this.cases.ofFact(withdrawn.code()).ifPresent(worked -> {
			for (ReferralEntry entry : this.entries.findOfCase(worked.id())) {
				boolean toThatPartner = PartnerScope.of(entry.partnerId()).equals(withdrawn.scope());
				if (toThatPartner && entry.status().open()) {
					revoke(worked, entry, ConsentState.WITHDRAWN, this.accounts.signedInId().orElse(entry.createdBy()));
				}
			}
		});
	}

	@Scheduled(initialDelayString = "PT3M", fixedDelayString = "PT1H")
	void hourly() {
		try {
			revokeWhereConsentEnded();
			expireUnanswered();
		}
		catch (RuntimeException ex) {
			log.error("Checking referral deadlines failed [{}]; it runs again within the hour: {}",
					SafeErrorDescription.newReference(), SafeErrorDescription.of(ex));
		}
	}

	/** Revokes every open referral whose consent has ended; returns how many. */
	int revokeWhereConsentEnded() {
		Integer revoked = this.transaction.execute(status -> {
			if (!ClusterJob.REFERRAL_DEADLINES.claim(this.jdbc)) {
				return 0;
			}
			int count = 0;
			for (ReferralEntry entry : this.entries.findOpen()) {
				if (entry.overrideBy() != null) {
					continue;
				}
				WorkedCase worked = this.cases.ofFact(entry.code()).orElse(null);
				Partner partner = this.partners.find(entry.partnerId()).orElse(null);
				if (worked == null || partner == null) {
					continue;
				}
				ConsentState state = this.consent.stateFor(worked, ConsentPurpose.SHARE_WITH_PARTNER,
						PartnerScope.of(partner.id()));
				if (state == ConsentState.EXPIRED || state == ConsentState.WITHDRAWN) {
					revoke(worked, entry, state, entry.createdBy());
					count++;
				}
			}
			return count;
		});
		return revoked == null ? 0 : revoked;
	}

	/** Expires every referral sent and not answered by its day; returns how many. */
	int expireUnanswered() {
		Instant now = this.clock.instant();
		LocalDate today = Days.of(now);
		Integer expired = this.transaction.execute(status -> {
			if (!ClusterJob.REFERRAL_DEADLINES.claim(this.jdbc)) {
				return 0;
			}
			int count = 0;
			for (ReferralEntry entry : this.entries.findUnansweredBefore(today)) {
				WorkedCase worked = this.cases.ofFact(entry.code()).orElse(null);
				if (worked != null && entry.expireIfUnansweredBefore(today)) {
					this.entries.saveAndFlush(entry);
					this.services.raise(worked, TaskKind.REFERRAL_UNANSWERED, today, entry.createdBy());
					this.events.publishEvent(new ReferralExpired(worked.code(), entry.partnerId()));
					count++;
				}
			}
			return count;
		});
		return expired == null ? 0 : expired;
	}

	private void revoke(WorkedCase worked, ReferralEntry entry, ConsentState because, UUID caseworker) {
		boolean withThePartner = entry.status().withThePartner();
		LocalDate today = Days.today(this.clock);
		entry.revoke(today);
		this.entries.saveAndFlush(entry);
		if (withThePartner) {
			this.services.follow(worked, entry.serviceId(), ServiceStatus.PLANNED, today);
			this.services.raise(worked, TaskKind.REFERRAL_REVOKED, today, caseworker);
		}
		this.events.publishEvent(new ReferralRevoked(worked.code(), entry.partnerId(), because));
	}

}
