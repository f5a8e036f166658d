package org.haven.referral;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.haven.TestClock;
import org.haven.TestSecurity;
import org.haven.assistance.CarePlans;
import org.haven.assistance.Goal;
import org.haven.assistance.NewService;
import org.haven.assistance.ProvidedBy;
import org.haven.casefile.Answer;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseFixtures;
import org.haven.casefile.CaseService;
import org.haven.casefile.Needs;
import org.haven.casefile.Situation;
import org.haven.consent.ConsentLedger;
import org.haven.consent.ConsentPurpose;
import org.haven.consent.PartnerScope;
import org.haven.consent.TestConsents;
import org.haven.crypto.ExchangeKeys;
import org.haven.partner.DataSharingAgreement;
import org.haven.partner.Eligibility;
import org.haven.partner.NewPartner;
import org.haven.partner.OrganisationType;
import org.haven.partner.Partner;
import org.haven.partner.PartnerDirectory;
import org.haven.partner.PartnerKeys;
import org.haven.person.Gender;
import org.haven.person.TestIdentities;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Named states for referral tests: a shelter with a live agreement, a clinic without one,
 * a case of Carol's with a service to refer, consent to share with a partner.
 */
@Component
public class ReferralFixtures {

	private final PartnerDirectory directory;

	private final CaseFixtures cases;

	private final CaseService caseService;

	private final CarePlans plans;

	private final ConsentLedger consent;

	/**
	 * Looked up when used: a context that runs a command has the production clock only.
	 */
	private final ObjectProvider<TestClock> clock;

	private final Referrals referrals;

	private final ExchangeKeys exchangeKeys;

	static final PackageChoice CODED = new PackageChoice(true, true, Set.of(), Set.of("exploitationForms"), true);

	ReferralFixtures(PartnerDirectory directory, CaseFixtures cases, CaseService caseService, CarePlans plans,
			ConsentLedger consent, ObjectProvider<TestClock> clock, Referrals referrals, ExchangeKeys exchangeKeys) {
		this.exchangeKeys = exchangeKeys;
		this.referrals = referrals;
		this.directory = directory;
		this.cases = cases;
		this.caseService = caseService;
		this.plans = plans;
		this.consent = consent;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.ofInstant(this.clock.getObject().instant(), ZoneId.systemDefault());
	}

	/** A shelter for women, with an agreement signed last month for a year. */
	public Partner shelterWithAgreement(String name) {
		return TestSecurity.asAdministrator(() -> this.directory.add(new NewPartner(name, OrganisationType.NGO, "MD",
				"Chisinau", List.of("ro", "ru"), Set.of("SAFE_ACCOMMODATION", "PSYCHOSOCIAL_COUNSELLING"),
				new Eligibility(Set.of(Gender.FEMININE, Gender.TRANSGENDER_FEMININE), Set.of(), Set.of(), Set.of()),
				"+373 22 000 000, intake desk",
				new DataSharingAgreement(today().minusMonths(1), today().plusMonths(11), "DSA-2026-07"), null)));
	}

	/** A shelter whose agreement ended yesterday. */
	public Partner shelterWithoutLiveAgreement(String name) {
		return TestSecurity.asAdministrator(() -> this.directory.add(new NewPartner(name, OrganisationType.NGO, "MD",
				"Balti", List.of("ro"), Set.of("SAFE_ACCOMMODATION"), Eligibility.EVERYONE, "intake@example.org",
				new DataSharingAgreement(today().minusYears(1), today().minusDays(1), "DSA-2025-01"), null)));
	}

	/** A case of Carol's, her person a woman, with a goal and a shelter to arrange. */
	public ReferrableCase referrableCase(String given, String family) {
		CaseCode code = this.cases.takenInBy("carol",
				TestIdentities.identity(given, family, null, "+373 69 123 456", null),
				TestIdentities.profile(Gender.FEMININE));
		return new ReferrableCase(code, shelterToArrange(code));
	}

	/**
	 * Carol records the person's need of shelter, the situation, consent to case
	 * management, a goal and a shelter to be provided by a partner; returns the service.
	 */
	public UUID shelterToArrange(CaseCode code) {
		return TestSecurity.as("carol", "CASEWORKER", () -> {
			long version = this.caseService.open(code).version();
			version = this.caseService
				.changeNeeds(code, version, new Needs(Answer.of("SAFE_SHELTER"), Needs.SafetyRisk.HIGH))
				.version();
			this.caseService.changeSituation(code, version,
					new Situation(Answer.of("RECRUITMENT"), Answer.NOT_ASKED, Answer.of("SEXUAL_EXPLOITATION"),
							Answer.NOT_ASKED, Answer.NOT_ASKED, Answer.NOT_ASKED, Answer.of("MD"), Answer.NOT_ASKED,
							Answer.of("TR"), null, null, Answer.NOT_ASKED));
			this.consent.record(code, 0,
					TestConsents.givenBySelf(ConsentPurpose.CASE_MANAGEMENT_SERVICES, "", today()));
			Goal goal = this.plans.addGoal(code, "SAFE_SHELTER", "A safe place far from the city", true);
			return this.plans
				.addService(code, goal.id(),
						new NewService("SAFE_ACCOMMODATION", ProvidedBy.PARTNER, "a shelter", today(), null))
				.id();
		});
	}

	/**
	 * A referral Carol drafted on her case to a new shelter, with the person's consent to
	 * share with it: coded parts only.
	 */
	public Referral draftOn(CaseCode code) {
		UUID service = shelterToArrange(code);
		Partner shelter = shelterWithAgreement("Shelter " + UUID.randomUUID().toString().substring(0, 8));
		consentToShareWith(code, shelter);
		return TestSecurity.as("carol", "CASEWORKER", () -> this.referrals.draft(code, service,
				new NewReferral(shelter.id(), ReferralReason.ADDITIONAL_SERVICES_REQUIRED, Urgency.ROUTINE, CODED)));
	}

	/**
	 * A referral Carol sent on her case to a partner that runs Haven (this installation
	 * itself, by its own keys file), with the person's consent to share with it.
	 */
	public Referral sentToHavenOn(CaseCode code) {
		UUID service = shelterToArrange(code);
		Partner ourselves = TestSecurity.asAdministrator(
				() -> this.directory.add(new NewPartner("Ourselves " + UUID.randomUUID().toString().substring(0, 8),
						OrganisationType.NGO, "MD", "Chisinau", List.of("ro"), Set.of("SAFE_ACCOMMODATION"),
						Eligibility.EVERYONE, "referrals@example.org",
						new DataSharingAgreement(today().minusMonths(1), today().plusMonths(11), "DSA-SELF"),
						PartnerKeys.fileOf(this.exchangeKeys, "Ourselves"))));
		consentToShareWith(code, ourselves);
		return TestSecurity.as("carol", "CASEWORKER", () -> {
			Referral draft = this.referrals.draft(code, service, new NewReferral(ourselves.id(),
					ReferralReason.ADDITIONAL_SERVICES_REQUIRED, Urgency.ROUTINE, CODED));
			return this.referrals.send(code, draft.id(), draft.version(),
					this.referrals.preview(code, draft.id()).hash());
		});
	}

	/** As {@link #draftOn}, previewed and sent. */
	public Referral sentOn(CaseCode code) {
		Referral draft = draftOn(code);
		return TestSecurity.as("carol", "CASEWORKER", () -> this.referrals.send(code, draft.id(), draft.version(),
				this.referrals.preview(code, draft.id()).hash()));
	}

	public void consentToShareWith(CaseCode code, Partner partner) {
		TestSecurity.as("carol", "CASEWORKER", () -> this.consent.record(code, 0,
				TestConsents.givenBySelf(ConsentPurpose.SHARE_WITH_PARTNER, PartnerScope.of(partner.id()), today())));
	}

	public void consentToShareUntil(CaseCode code, Partner partner, LocalDate until) {
		TestSecurity.as("carol", "CASEWORKER", () -> this.consent.record(code, 0, TestConsents
			.givenUntil(ConsentPurpose.SHARE_WITH_PARTNER, PartnerScope.of(partner.id()), today(), until)));
	}

	public record ReferrableCase(CaseCode code, UUID service) {
	}

}
